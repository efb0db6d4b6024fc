package dev.junitproof.suites.val24;

/** What a round was for: normal traffic, an injected outage, or the retry sweep after one. */
public enum RoundKind {
    CLEAN, OUTAGE, RECOVERY;

    static RoundKind of(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The proxy mode a round of this kind runs under: only outage rounds refuse connections. */
    String expectedProxyMode() {
        return this == OUTAGE ? "outage" : "clean";
    }
}
