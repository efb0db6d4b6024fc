package dev.junitproof.engine;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/** The known names closest to one that names nothing, to suggest in its place (a typo in a key or a check id). */
@API(status = INTERNAL, since = "0.1")
public final class ClosestNames {

    private ClosestNames() {
    }

    /** Up to {@code limit} names within {@code maxEdits} edits of {@code name}, closest first, then by name. */
    public static List<String> to(String name, Collection<String> known, int maxEdits, int limit) {
        List<String> close = new ArrayList<>();
        for (String candidate : known) {
            if (distance(name, candidate) <= maxEdits) {
                close.add(candidate);
            }
        }
        close.sort(Comparator.comparingInt((String c) -> distance(name, c)).thenComparing(Comparator.naturalOrder()));
        return close.subList(0, Math.min(limit, close.size()));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
