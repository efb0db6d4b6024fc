package dev.junitproof.suites.val27;

import java.util.ArrayList;
import java.util.List;

/**
 * VAL27-08: deadletter retry on the clean proxy recovers every Group R entry ({@code group_r_retry_rate >= 1.0}).
 * The rate is recomputed as {@code group_r_delivered / group_r_entries}; a reported rate that disagrees with it
 * beyond rounding fails, naming both.
 */
public final class GroupRRetry {

    public static final double TARGET = 1.0;
    private static final double TOLERANCE = 0.0005;

    private GroupRRetry() {
    }

    public static double recomputed(Val22Report r) {
        return r.groupREntries() == 0 ? 0.0 : (double) r.groupRDelivered() / r.groupREntries();
    }

    public static List<String> violations(Val22Report r, String file) {
        List<String> v = new ArrayList<>();
        if (r.groupREntries() == 0) {
            v.add("group_r_entries=0: no retry was exercised (" + file + " /group_r_entries)");
            return v;
        }
        double recomputed = recomputed(r);
        if (Math.abs(r.groupRRetryRate() - recomputed) > TOLERANCE) {
            v.add(Fmt.f("group_r_retry_rate=%.3f but group_r_delivered/group_r_entries=%d/%d=%.3f (%s /group_r_retry_rate)",
                    r.groupRRetryRate(), r.groupRDelivered(), r.groupREntries(), recomputed, file));
        }
        if (r.groupRRetryRate() < TARGET) {
            v.add(Fmt.f("group_r_retry_rate=%.3f < 1.000 (%s /group_r_retry_rate)", r.groupRRetryRate(), file));
        } else if (recomputed < TARGET) {
            v.add(Fmt.f("recomputed rate %d/%d=%.3f < 1.000", r.groupRDelivered(), r.groupREntries(), recomputed));
        }
        return v;
    }

    public static String summary(Val22Report r) {
        return Fmt.f("group_r_retry_rate=%.3f (recomputed %d/%d=%.3f)", r.groupRRetryRate(),
                r.groupRDelivered(), r.groupREntries(), recomputed(r));
    }
}
