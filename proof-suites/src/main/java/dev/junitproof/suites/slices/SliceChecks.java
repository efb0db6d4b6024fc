package dev.junitproof.suites.slices;

import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.SourceRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slice's own checks as tests: one container per slice ({@code VAL07 Fleet Rollout Latency Baseline}) with a
 * test for the report itself and one per check the lab recorded ({@code VAL07-01 plan_create_samples_collected}).
 */
public final class SliceChecks {

    private SliceChecks() {
    }

    public static CheckGroup group(SliceEvidence slice) {
        SliceSpec spec = slice.spec();
        List<PlanNode> children = new ArrayList<>();
        CheckSpec report = reportCheck(slice);
        children.add(report);
        Map<String, Integer> occurrences = new HashMap<>();
        occurrences.put(report.id(), 1);
        for (int i = 0; i < slice.checks().size(); i++) {
            SliceCheck recorded = slice.checks().get(i);
            String id = treeId(spec, recorded.id(), occurrences);
            SourceRef source = SourceRef.of(spec.file(), "/checks/" + i);
            children.add(new CheckSpec(id, recorded.name(), source, check -> {
                check.source(source).detail(recorded.detail()).measured(recorded.result()).target("PASS");
                if ("SKIP".equals(recorded.result())) {
                    check.pending("the lab recorded SKIP" + (recorded.detail().isEmpty() ? "" : ": " + recorded.detail())
                            + " (a skipped check counts as not passed)");
                }
                assertThat(recorded.result())
                        .as("%s %s recorded by the lab in %s%s", recorded.id(), recorded.name(), source,
                                recorded.detail().isEmpty() ? "" : " (" + recorded.detail() + ")")
                        .isEqualTo("PASS");
            }));
        }
        return CheckGroup.of(spec.val(), spec.val() + " " + spec.name(), SourceRef.file(spec.file()), children);
    }

    /**
     * The id a recorded check gets in the tree, unique in the whole suite run whatever the lab wrote: an id of
     * another slice (or of the suite's matrix) is put under this slice's name, and a repeated id is numbered,
     * so a malformed report still shows every check it recorded instead of breaking the run.
     */
    static String treeId(SliceSpec spec, String recordedId, Map<String, Integer> occurrences) {
        String own = recordedId.startsWith(spec.val() + "-") ? recordedId : spec.val() + "/" + recordedId;
        int n = occurrences.merge(own, 1, Integer::sum);
        return n == 1 ? own : own + "#" + n;
    }

    private static CheckSpec reportCheck(SliceEvidence slice) {
        SliceSpec spec = slice.spec();
        SourceRef source = SourceRef.of(spec.file(), "/checks");
        String title = "report: " + spec.expectedChecks() + " uniquely numbered checks";
        return new CheckSpec(spec.val() + "-report", title, source, check -> {
            check.source(source).target(spec.expectedChecks() + " checks " + spec.checkId(1) + ".."
                    + spec.checkId(spec.expectedChecks()));
            if (!slice.present()) {
                check.detail("MISSING: " + slice.detail()).measured("MISSING");
                throw new AssertionError(spec.val() + " report MISSING: " + slice.detail());
            }
            check.measured(slice.checks().size() + " checks").detail(slice.countText());
            assertThat(SliceReader.structuralProblem(spec, slice.checks()))
                    .as("%s check list in %s", spec.val(), spec.file())
                    .isEmpty();
        });
    }
}
