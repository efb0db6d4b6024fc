package dev.junitproof.suites.slices;

import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.PlanNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SliceChecksTest {

    private static final SliceSpec VAL07 = new SliceSpec("VAL07", "Fleet Rollout Latency Baseline", "val07-report.json",
            "/unused.schema.json", 3);

    private static SliceEvidence recorded(String... ids) {
        List<SliceCheck> checks = java.util.Arrays.stream(ids).map(id -> new SliceCheck(id, "n", SliceResult.PASS, "")).toList();
        return new SliceEvidence(VAL07, SliceStatus.FAIL, checks, Optional.empty(), Optional.empty(), "");
    }

    private static List<String> treeIds(SliceEvidence slice) {
        return SliceChecks.group(slice).children().stream().map(n -> ((CheckSpec) n).id()).toList();
    }

    @Test
    void ownIdsStayAsTheLabWroteThem() {
        assertThat(treeIds(recorded("VAL07-01", "VAL07-02", "VAL07-03")))
                .containsExactly("VAL07-report", "VAL07-01", "VAL07-02", "VAL07-03");
    }

    @Test
    void idsOfOtherSlicesOrTheMatrixGoUnderThisSliceSoTheyCannotCollide() {
        assertThat(treeIds(recorded("VAL07-01", "VAL25-06", "VAL08-01")))
                .containsExactly("VAL07-report", "VAL07-01", "VAL07/VAL25-06", "VAL07/VAL08-01");
    }

    @Test
    void repeatedAndReservedIdsAreNumbered() {
        assertThat(treeIds(recorded("VAL07-01", "VAL07-01", "VAL07-report")))
                .containsExactly("VAL07-report", "VAL07-01", "VAL07-01#2", "VAL07-report#2");
    }

    @Test
    void passedChecksCountsEachExpectedIdOnceAndOnlyWhenEveryRecordOfItPassed() {
        assertThat(recorded("VAL07-01", "VAL07-02", "VAL07-03").passedChecks()).isEqualTo(3);
        assertThat(recorded("VAL07-01", "VAL07-01", "VAL07-03").passedChecks()).isEqualTo(2);
        assertThat(recorded("VAL07-01", "VAL07-02", "VAL07-03", "VAL07-04").passedChecks()).isEqualTo(3);
        List<SliceCheck> mixed = List.of(new SliceCheck("VAL07-01", "n", SliceResult.PASS, ""), new SliceCheck("VAL07-01", "n", SliceResult.FAIL, ""));
        assertThat(new SliceEvidence(VAL07, SliceStatus.FAIL, mixed, Optional.empty(), Optional.empty(), "").passedChecks())
                .isZero();
    }

    @Test
    void everyRecordedCheckIsShown() {
        Map<String, Integer> seen = new HashMap<>();
        List<PlanNode> children = SliceChecks.group(recorded("a", "a", "a")).children();
        assertThat(children).hasSize(4);
        assertThat(SliceChecks.treeId(VAL07, "a", seen)).isEqualTo("VAL07/a");
    }
}
