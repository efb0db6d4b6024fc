package dev.junitproof.suites.slices;

import dev.junitproof.api.result.Target;

/** How the slice-consolidating seeds write a target in prose (§4 readiness criteria): {@code ≤ 500 ms}, {@code ≥ 0.990}. */
public final class SeedWording {

    private SeedWording() {
    }

    /** The target's own text with the seed's comparison signs, so a criterion quotes the one typed target. */
    public static String of(Target target) {
        return target.text().replace("<=", "≤").replace(">=", "≥");
    }
}
