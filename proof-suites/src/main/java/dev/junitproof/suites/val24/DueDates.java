package dev.junitproof.suites.val24;

import java.util.Locale;
import java.util.Optional;

/**
 * When each check becomes due, measured on the soak's own clock (elapsed time from the evidence). A check
 * that is not due yet is PENDING with the day it becomes due; an explicit {@code final} report makes every
 * check due.
 *
 * @param everyCheckDue an explicit final report was asked for
 */
record DueDates(double elapsedDays, long completedRounds, double targetDays, boolean everyCheckDue) {

    static DueDates of(SoakAccounting soak, boolean explicitFinal) {
        return new DueDates(soak.elapsedDays(), soak.totalRounds(), soak.parameters().targetDays(), explicitFinal);
    }

    /**
     * Empty when a check of day {@code day} is due, else the reason it is pending. A soak planned shorter than
     * the day (a rehearsal) has the check due at its end, so it is judged rather than pending for ever.
     */
    Optional<String> pendingUntil(double checkDay) {
        double day = Math.min(checkDay, targetDays);
        if (everyCheckDue || elapsedDays >= day) {
            return Optional.empty();
        }
        return Optional.of("not yet due: due on day " + dayText(day) + " (elapsed " + elapsed() + ")");
    }

    /** Due at the end of the soak (day 30 for the seed's 1,440 rounds of 30 minutes). */
    Optional<String> pendingUntilEnd() {
        return pendingUntil(targetDays);
    }

    String elapsed() {
        return String.format(Locale.ROOT, "%.2f days, %d rounds completed", elapsedDays, completedRounds);
    }

    static String dayText(double day) {
        return day == Math.rint(day) ? String.valueOf((long) day) : String.format(Locale.ROOT, "%.2f", day);
    }
}
