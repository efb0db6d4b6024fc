package dev.junitproof.suites.val24;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.CheckStatus;
import dev.junitproof.api.result.Digits;
import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Unit;
import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.suites.text.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's 10-check matrix. Each check reads the recomputed accounting, records what it measured against which of
 * {@link SoakTargets}, then asserts. A check not yet due is PENDING with the day it becomes due; evidence the soak
 * needs (soak.json, the peer's receipts, a readable rounds directory) that is absent or invalid fails every check,
 * because nothing can be proven without it; a silent loss or an inconsistent round fails VAL24-08 and VAL24-10 at
 * once, because nothing later in the soak can undo it.
 */
final class Val24Checks {

    /** The message-loss accounting check: the coverage row of the soak's rounds shows its outcome. */
    static final String ACCOUNTING_ID = "VAL24-08";
    static final String GATE_D_ID = "VAL24-10";

    static final List<String> IDS = SoakTargets.MATRIX;
    /** Offending rounds and ids named in one failure message; the report and daily files hold the rest. */
    private static final int NAMED = 10;

    private final Loaded<SoakAccounting> soak;
    private final boolean explicitFinal;
    private final Optional<String> configurationError;
    private final String base;

    Val24Checks(Loaded<SoakAccounting> soak, boolean explicitFinal, Optional<String> configurationError, String base) {
        this.soak = soak;
        this.explicitFinal = explicitFinal;
        this.configurationError = configurationError;
        this.base = base;
    }

    List<CheckSpec> matrix() {
        int perRound = soak.optional().map(s -> s.parameters().segmentsPerRound()).orElse(10);
        SourceRef peer = SourceRef.file(base + PeerReceipts.FILE);
        return List.of(
                new CheckSpec("VAL24-01", "edged + proxy + peer start cleanly; round 1 completes",
                        SourceRef.file(new RoundFiles(base, 1).metrics()), this::roundOne),
                new CheckSpec("VAL24-02", "First clean round: all " + perRound + " segments delivered", null,
                        this::firstCleanDelivered),
                new CheckSpec("VAL24-03", "First clean round: deadletter count = 0", null, this::firstCleanDeadletter),
                new CheckSpec("VAL24-04", "Outage injection: segments enter DEADLETTER state", null, this::outageDeadletter),
                new CheckSpec("VAL24-05", "Recovery: deadletter entries retried and observed delivered", null,
                        this::recoveryObserved),
                new CheckSpec("VAL24-06", "Clean-round delivery rate ≥ " + SoakTargets.CLEAN_DELIVERY.valueText()
                        + " after 7 days", peer, this::cleanDeliveryRate),
                new CheckSpec("VAL24-07", "Retry recovery rate ≥ " + SoakTargets.RETRY_RECOVERY.valueText()
                        + " after 7 days", peer, this::retryRecoveryRate),
                new CheckSpec("VAL24-08", "Message loss rate = 0.000 (no silent loss)", peer, this::noSilentLoss),
                new CheckSpec("VAL24-09", "Total rounds ≥ " + Numbers.count((long) SoakTargets.ROUNDS.value()),
                        null, this::totalRounds),
                new CheckSpec(GATE_D_ID, "Gate D: all four criteria pass", peer, this::gateD));
    }

    /**
     * The accounting. A misconfigured run, or soak evidence that is absent, unreadable or invalid, fails the check
     * naming why: required evidence that cannot be read proves nothing, so it must never read as "not yet".
     */
    private SoakAccounting accounting(CheckContext check) {
        configurationError.ifPresent(error -> {
            check.detail(error);
            throw new AssertionError(error);
        });
        if (soak instanceof Loaded.Present<SoakAccounting> present) {
            return present.value();
        }
        String why = "soak evidence unreadable: " + soak.missingDetail();
        check.detail(why).measured("unreadable");
        throw new AssertionError(why);
    }

    private DueDates due(SoakAccounting s) {
        return DueDates.of(s, explicitFinal);
    }

    /** Ends the check as pending when the reason is present. */
    private static void pendingIf(CheckContext check, Optional<String> reason) {
        if (reason.isPresent()) {
            check.detail(reason.get());
            check.pending(reason.get());
            throw new IllegalStateException("unreachable: pending() ends the check");
        }
    }

    /** A round's delivery rate as the seed prints it ({@code 1.0}), with more digits where fewer would mislead. */
    private static Measurement deliveryRate(RoundAccounting r) {
        double rate = r.seeded() == 0 ? 0.0 : r.delivered() / (double) r.seeded();
        return Measurement.of(rate, Unit.RATE, Digits.decimals(1));
    }

    private void roundOne(CheckContext check) {
        SoakAccounting s = accounting(check);
        Optional<RoundAccounting> first = s.round(1);
        if (first.isEmpty()) {
            Optional<UnreadableRound> broken = s.unreadable(1);
            if (broken.isPresent()) {
                check.source(SourceRef.file(broken.get().file())).detail("round 1 unreadable: " + broken.get().detail());
                throw new AssertionError("round 1 did not complete: " + broken.get().detail());
            }
            pendingIf(check, due(s).everyCheckDue() ? Optional.empty()
                    : Optional.of("not yet due: due when round 1 completes (day 1)"
                    + s.inProgress().map(r -> "; round " + r.round() + " in progress").orElse("")));
            check.detail("round 1 never completed");
            throw new AssertionError("round 1 never completed (no complete rounds/" + String.format("r%06d", 1) + " files)");
        }
        RoundAccounting r = first.get();
        Measurement rate = deliveryRate(r);
        boolean met = r.seeded() > 0 && SoakTargets.ROUND_ONE_DELIVERY.accepts(rate);
        check.detail(met ? "edged+proxy+peer started cleanly (round 1 delivered)"
                : "round 1 delivery_rate=" + rate.against(SoakTargets.ROUND_ONE_DELIVERY) + " (" + r.delivered() + "/"
                + r.seeded() + " delivered)");
        assertThat(r.seeded()).as("segments seeded in round 1 (%s)", r.metricsFile()).isPositive();
        check.meets("round 1 delivery_rate (" + r.delivered() + "/" + r.seeded() + " delivered, recomputed from "
                + r.metricsFile().replace(".json", "-seeded.txt") + " and " + base + PeerReceipts.FILE + ")", rate,
                SoakTargets.ROUND_ONE_DELIVERY, SourceRef.file(r.metricsFile()));
    }

    private RoundAccounting firstClean(CheckContext check, SoakAccounting s) {
        Optional<RoundAccounting> clean = s.first(RoundKind.CLEAN);
        if (clean.isEmpty()) {
            pendingIf(check, due(s).everyCheckDue() ? Optional.empty()
                    : Optional.of("not yet due: due when the first clean round completes (day 1)"));
            check.detail("no clean round completed");
            throw new AssertionError("no clean round completed");
        }
        check.source(SourceRef.file(clean.get().metricsFile()));
        return clean.get();
    }

    private void firstCleanDelivered(CheckContext check) {
        SoakAccounting s = accounting(check);
        RoundAccounting r = firstClean(check, s);
        int perRound = s.parameters().segmentsPerRound();
        Measurement rate = deliveryRate(r);
        boolean all = r.seeded() == perRound && r.delivered() == r.seeded();
        check.detail(all ? "first clean round delivery_rate=" + rate.text()
                : "first clean round (round " + r.round() + ") delivery_rate="
                + rate.against(SoakTargets.ROUND_ONE_DELIVERY) + " (" + r.delivered() + "/" + r.seeded() + ", "
                + perRound + " expected)");
        assertThat(r.seeded()).as("segments seeded in the first clean round (round %d)", r.round()).isEqualTo(perRound);
        check.meets("segments delivered in the first clean round (round " + r.round() + ")",
                Measurement.count(r.delivered()), SoakTargets.allDelivered(perRound), SourceRef.file(r.metricsFile()));
    }

    private void firstCleanDeadletter(CheckContext check) {
        SoakAccounting s = accounting(check);
        RoundAccounting r = firstClean(check, s);
        check.detail(r.deadletter() == 0 ? "first clean round deadletter=0"
                : "first clean round (round " + r.round() + ") deadletter=" + r.deadletter());
        check.meets("deadletter entries of the first clean round (round " + r.round() + ")",
                Measurement.count(r.deadletter()), SoakTargets.FIRST_CLEAN_DEADLETTER,
                SourceRef.file(r.metricsFile().replace(".json", "-deadletter.json")));
    }

    private void outageDeadletter(CheckContext check) {
        SoakAccounting s = accounting(check);
        long outages = s.rounds(RoundKind.OUTAGE);
        if (outages == 0) {
            pendingIf(check, due(s).everyCheckDue() ? Optional.empty() : Optional.of(
                    "not yet due: due with the first outage round, by day " + firstOutageDay(s)
                    + " (one every " + s.parameters().outageEveryRounds() + " rounds); none has completed yet"));
        }
        s.first(RoundKind.OUTAGE).ifPresent(r -> check.source(SourceRef.file(r.metricsFile())));
        boolean any = s.anyOutageDeadletter();
        String figures = "outage_rounds=" + outages + ", any_deadletter=" + Figures.pythonBool(any);
        check.measured(figures).target("an outage round with deadletter > 0").detail(figures);
        assertThat(outages).as("outage rounds completed").isPositive();
        assertThat(any).as("some outage round put segments into DEADLETTER (recomputed from its deadletter list)").isTrue();
    }

    private void recoveryObserved(CheckContext check) {
        SoakAccounting s = accounting(check);
        long recoveries = s.rounds(RoundKind.RECOVERY);
        if (recoveries == 0) {
            pendingIf(check, due(s).everyCheckDue() ? Optional.empty() : Optional.of(
                    "not yet due: due with the first recovery round, by day " + firstRecoveryDay(s)
                    + " (the round after each outage); none has completed yet"));
        }
        s.first(RoundKind.RECOVERY).ifPresent(r -> check.source(SourceRef.file(r.metricsFile().replace(".json", "-retry.json"))));
        String figures = "recovery_rounds=" + recoveries + ", retried=" + s.totalRetried() + ", recovered=" + s.totalRecovered();
        check.measured(figures).target("a recovery round with recovered > 0 (peer-confirmed)").detail(figures);
        assertThat(recoveries).as("recovery rounds completed").isPositive();
        assertThat(s.anyRecoveryRecovered())
                .as("some recovery round retried deadletter entries that %s shows delivered", PeerReceipts.FILE).isTrue();
    }

    private void cleanDeliveryRate(CheckContext check) {
        SoakAccounting s = accounting(check);
        pendingIf(check, due(s).pendingUntil(7));
        SourceRef source = SourceRef.file(base + PeerReceipts.FILE);
        if (s.cleanDeliveryRate().isEmpty()) {
            check.detail("clean_delivery_rate=n/a (no clean round completed)");
            throw new AssertionError("no clean round completed: no clean-round delivery rate to judge");
        }
        Measurement rate = Measurement.rate(s.cleanDeliveryRate().getAsDouble());
        check.detail("clean_delivery_rate=" + SoakTargets.judged(rate, SoakTargets.CLEAN_DELIVERY));
        check.meets("clean-round delivery rate, recomputed (" + s.cleanDelivered() + "/" + s.cleanSeeded() + " over "
                + s.rounds(RoundKind.CLEAN) + " clean rounds)", rate, SoakTargets.CLEAN_DELIVERY, source);
    }

    private void retryRecoveryRate(CheckContext check) {
        SoakAccounting s = accounting(check);
        DueDates due = due(s);
        pendingIf(check, due.pendingUntil(7));
        if (s.retryRecoveryRate().isEmpty() && !due.everyCheckDue()) {
            // The seed samples this criterion only once an outage/recovery cycle produced real retried entries.
            pendingIf(check, due.pendingUntilEnd().map(r -> "no deadletter entry has been retried yet; sampled once a "
                    + "recovery round retries entries, " + r));
        }
        if (s.retryRecoveryRate().isEmpty()) {
            check.detail("retry_recovery_rate=n/a (0 retried)");
            throw new AssertionError("no deadletter entry was retried by a recovery round: no retry recovery rate to judge");
        }
        Measurement rate = Measurement.rate(s.retryRecoveryRate().getAsDouble());
        check.detail("retry_recovery_rate=" + SoakTargets.judged(rate, SoakTargets.RETRY_RECOVERY));
        check.meets("retry recovery rate, recovered ids the peer received / retried (" + s.totalRecovered() + "/"
                + s.totalRetried() + ")", rate, SoakTargets.RETRY_RECOVERY, SourceRef.file(base + PeerReceipts.FILE));
    }

    private void noSilentLoss(CheckContext check) {
        SoakAccounting s = accounting(check);
        String figures = "loss_count=" + s.lossCount() + ", loss_rate=" + Numbers.fixed(s.lossRate(), 4);
        // Judges the loss and every round's consistency, not one figure: measured and target in words.
        check.measured(figures).target("loss_count " + SoakTargets.LOSS.text() + ", every round consistent");
        if (!s.accountingBroken()) {
            pendingIf(check, due(s).pendingUntil(14));
        }
        check.detail(figures + accountingProblems(s));
        assertThat(s.accountingBroken()).as("silent loss or evidence inconsistency:" + accountingProblems(s)).isFalse();
    }

    private void totalRounds(CheckContext check) {
        SoakAccounting s = accounting(check);
        Measurement rounds = Measurement.count(s.totalRounds());
        int planned = s.parameters().roundsTarget();
        if (!SoakTargets.ROUNDS.accepts(planned) && !SoakTargets.ROUNDS.accepts(rounds)) {
            // A plan short of the bar cannot meet it: the soak ends, and this check falls due, before the rounds do.
            String why = "soak.json plans rounds_target=" + planned + ", fewer than Gate D's "
                    + Numbers.count((long) SoakTargets.ROUNDS.value()) + " rounds: the soak cannot meet it";
            check.measured(rounds).target(SoakTargets.ROUNDS).source(SourceRef.of(base + SoakAccountant.SOAK_FILE,
                    "/rounds_target")).detail("total_rounds=" + s.totalRounds() + "; " + why);
            throw new AssertionError(why);
        }
        pendingIf(check, due(s).pendingUntilEnd());
        check.detail("total_rounds=" + SoakTargets.judged(rounds, SoakTargets.ROUNDS));
        check.meets("rounds completed", rounds, SoakTargets.ROUNDS, SourceRef.file(RoundFiles.directory(base)));
    }

    /**
     * Gate D: VAL24-06..09 as they were judged, never judged again. Loss that happened, or a plan short of the
     * rounds, cannot be undone, so either fails Gate D at once; otherwise it waits for the criteria still pending.
     */
    private void gateD(CheckContext check) {
        SoakAccounting s = accounting(check);
        List<String> criteria = List.of("VAL24-06", "VAL24-07", ACCOUNTING_ID, "VAL24-09");
        check.measured(GateD.figures(s) + ", rounds=" + s.totalRounds())
                .target("VAL24-06, VAL24-07, VAL24-08 and VAL24-09 pass");
        List<String> failed = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (String id : criteria) {
            CheckOutcome outcome = check.outcome(id);
            if (outcome.status() == CheckStatus.FAIL) {
                failed.add(id);
            } else if (!outcome.passed()) {
                pending.add(id);
            }
        }
        boolean settled = failed.contains(ACCOUNTING_ID) || failed.contains("VAL24-09");
        if (!settled && !pending.isEmpty()) {
            pendingIf(check, due(s).pendingUntilEnd().or(() -> Optional.of("waiting for " + String.join(", ", pending))));
        }
        check.detail("Gate D: " + GateD.figures(s) + (failed.contains(ACCOUNTING_ID) ? accountingProblems(s) : "")
                + (failed.isEmpty() ? "" : "; not met: " + String.join(", ", failed)));
        assertThat(failed).as("Gate D criteria that failed (%s)%s", GateD.figures(s),
                failed.contains(ACCOUNTING_ID) ? accountingProblems(s) : "").isEmpty();
        assertThat(pending).as("Gate D criteria not judged").isEmpty();
    }

    /** {@code ; silent loss in round(s) 100 (val24-r000100-003); inconsistent round(s) 7 (...)} naming the rounds. */
    static String accountingProblems(SoakAccounting s) {
        StringBuilder sb = new StringBuilder();
        List<RoundAccounting> lossRounds = s.rounds().stream().filter(r -> r.loss() > 0).toList();
        if (!lossRounds.isEmpty()) {
            sb.append("; silent loss in round(s) ").append(lossRounds.stream().limit(NAMED)
                    .map(r -> r.round() + " (" + String.join(", ", r.lostIds()) + ")").collect(Collectors.joining(", ")));
            more(sb, lossRounds.size());
        }
        List<RoundAccounting> inconsistent = s.inconsistentRounds();
        if (!inconsistent.isEmpty()) {
            sb.append("; inconsistent round(s) ").append(inconsistent.stream().limit(NAMED)
                    .map(r -> r.round() + " (" + String.join("; ", r.problems()) + ")").collect(Collectors.joining(", ")));
            more(sb, inconsistent.size());
        }
        if (!s.unreadable().isEmpty()) {
            sb.append("; unreadable round(s) ").append(s.unreadable().stream().limit(NAMED)
                    .map(r -> r.round() + " (" + r.detail() + ")").collect(Collectors.joining(", ")));
            more(sb, s.unreadable().size());
        }
        return sb.toString();
    }

    private static void more(StringBuilder sb, int count) {
        if (count > NAMED) {
            sb.append(" and ").append(count - NAMED).append(" more");
        }
    }

    private static long firstOutageDay(SoakAccounting s) {
        return (s.parameters().outageEveryRounds() - 1L) / s.parameters().roundsPerDay() + 1;
    }

    private static long firstRecoveryDay(SoakAccounting s) {
        return (long) s.parameters().outageEveryRounds() / s.parameters().roundsPerDay() + 1;
    }
}
