package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.api.result.Outcomes;

import java.util.ArrayList;
import java.util.List;

/**
 * What every slice section of the text report shares: a figure's line ends with its target and the status of the
 * check that judges it ({@code [target = 3] PASS}), read from the recorded outcome, never decided here; a section
 * whose slice could not be read says why and lists its figure checks with their outcomes.
 */
final class SectionLines {

    private SectionLines() {
    }

    /** {@code <figures> [target <target>] <status of checkId>}. */
    static String judged(Outcomes outcomes, String checkId, String figures, String target) {
        return figures + " [target " + target + "] " + outcomes.status(checkId).name();
    }

    /**
     * Entries of an object the seed names a fixed set of (VAL19's and VAL23's {@code /scenarios}) that are none of
     * them, with what they hold: reported, never judged, since no claim of the seed rests on them.
     */
    static List<String> unnamed(CoreSlice core, String pointer, List<String> named) {
        List<String> unnamed = new ArrayList<>();
        JsonNode node = core.evidence().tree().map(t -> t.at(pointer)).orElse(null);
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(key -> {
                if (!named.contains(key)) {
                    unnamed.add(key + " " + node.get(key));
                }
            });
        }
        return unnamed;
    }

    /** The report line listing {@link #unnamed} entries, when there are any. */
    static void reportUnnamed(List<String> out, CoreSlice core, String pointer, List<String> named) {
        List<String> unnamed = unnamed(core, pointer, named);
        if (!unnamed.isEmpty()) {
            out.add("Scenarios the seed does not name (reported, not judged): " + String.join(", ", unnamed));
        }
    }

    /** The section of a slice that could not be read: why, then each figure check's outcome. */
    static void unreadable(List<String> out, Outcomes outcomes, CoreSlice core) {
        out.add("Unreadable: " + core.evidence().detail());
        for (String id : FigureChecks.ids(core.slice())) {
            out.add(id + " " + outcomes.status(id).name());
        }
    }
}
