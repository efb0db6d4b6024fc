package dev.junitproof.suites.val24;

import dev.junitproof.api.result.Outcomes;

/**
 * The seed's Gate D as the VAL24 document states it ({@code gate_d}, which VAL27 reads): each criterion is the
 * outcome of the check that judges it (rounds VAL24-09, delivery VAL24-06, retry VAL24-07, loss VAL24-08) and
 * {@code overall} is VAL24-10's, so the document can never say other than the checks. A criterion not judged yet
 * (not due) is not met.
 */
record GateD(boolean roundsOk, boolean deliveryOk, boolean retryOk, boolean lossOk, boolean overall) {

    static GateD of(Outcomes outcomes) {
        return new GateD(outcomes.passed("VAL24-09"), outcomes.passed("VAL24-06"), outcomes.passed("VAL24-07"),
                outcomes.passed(Val24Checks.ACCOUNTING_ID), outcomes.passed(Val24Checks.GATE_D_ID));
    }

    /**
     * {@code delivery=0.9996, retry=1.0000, loss=0}: the figures the seed's Gate D lines print, each with as many
     * digits as it takes to show how it stands against its target (0.98999 never prints as 0.9900).
     */
    static String figures(SoakAccounting soak) {
        return "delivery=" + Figures.rate(soak.cleanDeliveryRate(), SoakTargets.CLEAN_DELIVERY)
                + ", retry=" + Figures.rate(soak.retryRecoveryRate(), SoakTargets.RETRY_RECOVERY)
                + ", loss=" + soak.lossCount();
    }
}
