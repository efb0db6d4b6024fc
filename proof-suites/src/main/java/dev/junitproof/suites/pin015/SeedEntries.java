package dev.junitproof.suites.pin015;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evidence array judged whole against the list the seed names: every entry the seed does not name, every
 * seed entry absent or recorded more than once, and (where the seed's order is the order things ran in) the
 * first entry out of order. Checks that look up one entry by name cannot see an entry nobody asks for; the check
 * that owns the array uses this so such an entry is named, never ignored.
 *
 * @param failures what makes the array's owner fail, each naming file, pointer and entry
 * @param reported entries that are harmless where this array allows them (named in the detail, judged nowhere)
 */
record SeedEntries(List<String> failures, List<String> reported) {

    /** How an array treats an entry the seed does not name. */
    enum Extras { FAIL, REPORT }

    /** Whether the seed's order is part of what the array records. */
    enum Order { SEED, FREE }

    SeedEntries {
        failures = List.copyOf(failures);
        reported = List.copyOf(reported);
    }

    /**
     * @param where   the array, as the failures name it ({@code phase-c-golden.json /tests})
     * @param keys    each entry's key as the seed names it (normalised by the caller), in array order
     * @param shown   each entry as a failure prints it ({@code "Sign with known key" FAIL})
     * @param seed    the seed's keys, in the seed's order
     * @param seedShown the seed's entries as failures name them, in the same order
     * @param noun    what the seed's entries are ({@code steps}), for "not one of the seed's 9 steps"
     */
    static SeedEntries judge(String where, List<String> keys, List<String> shown, List<String> seed,
            List<String> seedShown, String noun, Extras extras, Order order) {
        List<String> failures = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        Map<String, List<Integer>> at = new LinkedHashMap<>();
        seed.forEach(k -> at.put(k, new ArrayList<>()));
        for (int i = 0; i < keys.size(); i++) {
            List<Integer> found = at.get(keys.get(i));
            if (found != null) {
                found.add(i);
                continue;
            }
            String extra = where + "/" + i + " " + shown.get(i) + " is not one of the seed's " + seed.size() + " " + noun;
            (extras == Extras.FAIL ? failures : reported).add(extra);
        }
        at.forEach((key, found) -> {
            String name = seedShown.get(seed.indexOf(key));
            if (found.isEmpty()) {
                failures.add(where + " has no entry for the seed's \"" + name + "\"");
            } else if (found.size() > 1) {
                failures.add(where + " records \"" + name + "\" " + found.size() + " times (at "
                        + String.join(", ", found.stream().map(i -> "/" + i).toList()) + ")");
            }
        });
        if (order == Order.SEED) {
            int last = -1;
            for (int i = 0; i < keys.size(); i++) {
                int position = seed.indexOf(keys.get(i));
                if (position < 0) {
                    continue;
                }
                if (position < last) {
                    failures.add(where + "/" + i + " " + shown.get(i) + " comes after \"" + seedShown.get(last)
                            + "\", out of the seed's order");
                    break;
                }
                last = position;
            }
        }
        return new SeedEntries(failures, reported);
    }

    boolean whole() {
        return failures.isEmpty();
    }
}
