package dev.junitproof.suites.val25;

import dev.junitproof.suites.slices.SliceCheck;
import dev.junitproof.suites.slices.SliceEvidence;
import dev.junitproof.suites.slices.SliceSpec;

/**
 * How many of a slice's expected checks ({@code VALnn-01..NN}) passed: the "n" of the coverage table's "n/m".
 * Counting recorded PASS results instead would let a report that repeats {@code VAL09-03} in place of
 * {@code VAL09-04} print "10/10", and one with an eleventh check print "11/10"; here each expected id counts once,
 * and only when every record carrying it says PASS.
 */
final class ExpectedChecks {

    private ExpectedChecks() {
    }

    static int passed(SliceEvidence slice) {
        SliceSpec spec = slice.spec();
        int passed = 0;
        for (int n = 1; n <= spec.expectedChecks(); n++) {
            String id = spec.checkId(n);
            boolean recorded = false;
            boolean allPass = true;
            for (SliceCheck check : slice.checks()) {
                if (check.id().equals(id)) {
                    recorded = true;
                    allPass &= check.passed();
                }
            }
            passed += recorded && allPass ? 1 : 0;
        }
        return passed;
    }

    /** {@code 9/9 checks}. */
    static String countText(SliceEvidence slice) {
        return passed(slice) + "/" + slice.spec().expectedChecks() + " checks";
    }
}
