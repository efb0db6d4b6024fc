package dev.junitproof.suites.val24;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.Findings;
import dev.junitproof.api.result.Outcomes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gate D as the VAL24 document states it ({@code gate_d}, which VAL27 reads) is a view of the checks that judge its
 * criteria: each flag is exactly its check's outcome, {@code overall} is VAL24-10's, and a criterion not judged yet
 * (pending, or not run) is not met. The flags never judge a figure again.
 */
class GateDTest {

    private static final List<String> CRITERIA = List.of("VAL24-09", "VAL24-06", "VAL24-07", "VAL24-08", "VAL24-10");

    private static Outcomes outcomes(List<CheckOutcome> all) {
        return new Outcomes() {
            public Optional<CheckOutcome> find(String checkId) {
                return all.stream().filter(o -> o.id().equals(checkId)).findFirst();
            }

            public List<CheckOutcome> all() {
                return all;
            }
        };
    }

    @Test
    void eachFlagIsItsChecksOutcome() {
        for (int bits = 0; bits < 32; bits++) {
            List<CheckOutcome> all = new ArrayList<>();
            for (int i = 0; i < CRITERIA.size(); i++) {
                String id = CRITERIA.get(i);
                all.add((bits & (1 << i)) != 0 ? new CheckOutcome.Passed(id, Findings.NONE)
                        : new CheckOutcome.Failed(id, Findings.NONE, "failed"));
            }

            GateD gate = GateD.of(outcomes(all));

            assertThat(List.of(gate.roundsOk(), gate.deliveryOk(), gate.retryOk(), gate.lossOk(), gate.overall()))
                    .as("outcomes %s", Integer.toBinaryString(bits))
                    .containsExactly((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0);
        }
    }

    @Test
    void aCriterionNotJudgedYetIsNotMet() {
        List<CheckOutcome> pending = CRITERIA.stream()
                .<CheckOutcome>map(id -> new CheckOutcome.Pending(id, Findings.NONE, "not yet due")).toList();

        assertThat(GateD.of(outcomes(pending))).isEqualTo(new GateD(false, false, false, false, false));
        assertThat(GateD.of(outcomes(List.of()))).isEqualTo(new GateD(false, false, false, false, false));
    }
}
