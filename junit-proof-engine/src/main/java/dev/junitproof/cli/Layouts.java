package dev.junitproof.cli;

import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.ProofSuite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** What the suites on the class path claim, for a message about a path none of them claims. */
final class Layouts {

    private Layouts() {
    }

    static String describe() {
        Map<String, List<String>> claims = new LinkedHashMap<>();
        for (ProofSuite suite : ServiceLoader.load(ProofSuite.class)) {
            EvidenceLayout layout = suite.layout();
            String what = switch (layout.kind()) {
                case DATED_DIRECTORY -> layout.prefixes().get(0) + "YYYY-MM-DD/";
                case EVIDENCE_ROOT -> "a root holding " + layout.prefixes().get(0) + "YYYY-MM-DD/ ...";
                case FILES_WITH_SUFFIX, REPORT_DIRECTORY -> "a directory of signed reports (*"
                        + String.join(", *", layout.suffixes()) + ")";
            };
            claims.computeIfAbsent(what, k -> new java.util.ArrayList<>()).add(suite.id());
        }
        return "The suites prove: " + claims.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").collect(Collectors.joining("; "));
    }
}
