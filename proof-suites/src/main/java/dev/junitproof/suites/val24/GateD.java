package dev.junitproof.suites.val24;

/**
 * The seed's Gate D: rounds completed ≥ 1,440, clean-round delivery rate ≥ 0.990, retry recovery rate ≥ 0.990,
 * message loss = 0. Loss also fails on an inconsistent or unreadable past round: accounting that cannot be
 * proven is not "no loss".
 */
record GateD(boolean roundsOk, boolean deliveryOk, boolean retryOk, boolean lossOk) {

    /**
     * The seed's fixed bar (30 days × 48 rounds). Never the soak's own {@code rounds_target}: evidence that
     * declares a shorter soak must not be able to lower the bar it is judged by.
     */
    static final int MIN_ROUNDS = 1440;

    static GateD of(SoakAccounting soak) {
        return new GateD(
                soak.totalRounds() >= MIN_ROUNDS,
                soak.cleanDeliveryRate().orElse(0.0) >= Figures.DELIVERY_TARGET && soak.cleanDeliveryRate().isPresent(),
                soak.retryRecoveryRate().orElse(0.0) >= Figures.RETRY_TARGET && soak.retryRecoveryRate().isPresent(),
                !soak.accountingBroken());
    }

    boolean overall() {
        return roundsOk && deliveryOk && retryOk && lossOk;
    }

    /** {@code delivery=0.9996, retry=1.0000, loss=0}: the figures the seed's Gate D lines print. */
    static String figures(SoakAccounting soak) {
        return "delivery=" + Figures.rate(soak.cleanDeliveryRate()) + ", retry=" + Figures.rate(soak.retryRecoveryRate())
                + ", loss=" + soak.lossCount();
    }
}
