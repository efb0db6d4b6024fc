package dev.junitproof.suites.val26;

/**
 * A figure in a slice report that breaks the seed's target or mandatory criterion for it (§3), e.g.
 * {@code /failover/sigkill_ms = 6000, target <= 5,000 ms}.
 *
 * @param pointer JSON pointer of the figure inside the slice report
 * @param found   the value as the report carries it
 * @param target  what the seed requires of it
 */
record FigureBreach(String pointer, String found, String target) {

    @Override
    public String toString() {
        return pointer + " = " + found + " (target " + target + ")";
    }
}
