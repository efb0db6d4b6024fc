package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.ProofSettings;

import java.util.Optional;

/**
 * Everything PIN015 read from one {@code m4-validation-YYYY-MM-DD/} directory. Each file is present or missing
 * with a detail naming file and JSON pointer; reading never throws (the checks that need a missing file fail).
 * {@code signoff} is empty when the optional {@code signoff.json} is simply absent, and missing when it is there
 * but unreadable. The shadow log is scanned against shadow.json's run (its id, start and end), read first.
 */
record M4Evidence(
        Loaded<ObservabilityReport> phaseA,
        Loaded<DeterminismReport> phaseB,
        Loaded<StepReport> phaseC,
        Loaded<FaultReport> faults,
        Loaded<CpuStressReport> cpuStress,
        Loaded<StepReport> phaseE,
        Loaded<ShadowParameters> shadow,
        Loaded<ShadowLog> log,
        GoldenFiles golden,
        Loaded<RunbookReport> runbook,
        Optional<Loaded<Signoff>> signoff,
        M4Targets targets) {

    static M4Evidence read(EvidenceReader reader, ProofSettings settings) {
        Loaded<ShadowParameters> shadow = reader.readJson(ShadowParameters.class, M4Files.SHADOW, M4Files.schema("shadow"));
        ShadowLogScan scan = new ShadowLogScan(shadow.optional());
        Loaded<ShadowLog> log = reader.streamLines(M4Files.SHADOW_LOG, scan).map(lines -> scan.summary());
        Loaded<Signoff> signoff = reader.readJson(Signoff.class, M4Files.SIGNOFF, M4Files.schema("signoff"));
        boolean signoffAbsent = signoff instanceof Loaded.Missing<Signoff> m && m.reason() == Loaded.MissingReason.NOT_FOUND;
        return new M4Evidence(
                reader.readJson(ObservabilityReport.class, M4Files.PHASE_A, M4Files.schema("phase-a-observability")),
                reader.readJson(DeterminismReport.class, M4Files.PHASE_B, M4Files.schema("phase-b-determinism")),
                reader.readJson(StepReport.class, M4Files.PHASE_C, M4Files.schema("phase-c-golden")),
                reader.readJson(FaultReport.class, M4Files.PHASE_D_FAULTS, M4Files.schema("phase-d-faults")),
                reader.readJson(CpuStressReport.class, M4Files.PHASE_D_CPU, M4Files.schema("phase-d-cpu-stress")),
                reader.readJson(StepReport.class, M4Files.PHASE_E, M4Files.schema("phase-e-lifecycle")),
                shadow,
                log,
                GoldenFiles.read(reader),
                reader.readJson(RunbookReport.class, M4Files.RUNBOOK, M4Files.schema("runbook")),
                signoffAbsent ? Optional.empty() : Optional.of(signoff),
                M4Targets.resolve(settings, shadow.optional()));
    }

    /** The shadow run's state, when its parameters and log could both be read. */
    Optional<ShadowRun> shadowRun() {
        if (shadow.optional().isEmpty() || log.optional().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ShadowRun(shadow.optional().get(), log.optional().get(), golden));
    }
}
