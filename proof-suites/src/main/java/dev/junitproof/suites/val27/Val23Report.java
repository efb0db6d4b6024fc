package dev.junitproof.suites.val27;

import java.util.List;

/** The slice-specific part of {@code val23-summary.json}: bandwidth scenarios S-A..S-E and the lab's fail count. */
public record Val23Report(Scenarios scenarios, DailyReset seDailyReset, int fails) {

    public record Scenarios(Unlimited saUnlimited, Limited sbRateOnly, Limited scQuotaOnly, Delivery sdHotReload) {

        /** S-A..S-D as (label, delivery) pairs, in the seed's order. */
        public List<Labelled> all() {
            return List.of(
                    new Labelled("S-A", "unlimited", saUnlimited.delivery()),
                    new Labelled("S-B", "rate-only (64 B/s)", sbRateOnly.delivery()),
                    new Labelled("S-C", "quota-only (128 B daily)", scQuotaOnly.delivery()),
                    new Labelled("S-D", "hot-reload (rate 8→0)", sdHotReload));
        }
    }

    /** A scenario's delivery: what was seeded, what arrived, what the scenario expects to arrive. */
    public record Delivery(int seeded, int delivered, int expected) {

        public boolean asExpected() {
            return delivered == expected;
        }
    }

    public record Unlimited(int seeded, int delivered, int expected, boolean unlimited) {
        Delivery delivery() {
            return new Delivery(seeded, delivered, expected);
        }
    }

    public record Limited(int seeded, int delivered, int expected, int throttleCount, int quotaDropCount) {
        Delivery delivery() {
            return new Delivery(seeded, delivered, expected);
        }
    }

    /** S-E is proven by an injected-clock unit test only (a beta claim). */
    public record DailyReset(String unitTest, String result) {
    }

    /** A scenario with its seed label, e.g. {@code S-C quota-only (128 B daily)}. */
    public record Labelled(String id, String name, Delivery delivery) {
    }
}
