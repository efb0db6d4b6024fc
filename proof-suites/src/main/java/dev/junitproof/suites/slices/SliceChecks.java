package dev.junitproof.suites.slices;

import dev.junitproof.api.CheckGroup;
import dev.junitproof.api.CheckSpec;
import dev.junitproof.api.PlanNode;
import dev.junitproof.api.SourceRef;

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
        children.add(reportCheck(slice));
        Map<String, Integer> occurrences = new HashMap<>();
        for (int i = 0; i < slice.checks().size(); i++) {
            SliceCheck recorded = slice.checks().get(i);
            int n = occurrences.merge(recorded.id(), 1, Integer::sum);
            // A duplicated id still shows (twice), but needs its own unique id in the tree.
            String id = n == 1 ? recorded.id() : recorded.id() + "#" + n;
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
