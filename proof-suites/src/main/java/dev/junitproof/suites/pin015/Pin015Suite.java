package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.InformationalField;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.Setting;
import dev.junitproof.api.suite.SuiteProof;

import java.util.List;

/**
 * PIN015 M4 Workflow Engine Validation &amp; Maturity Gates: proves one {@code m4-validation-YYYY-MM-DD/}
 * directory: phases A–E, the 24-hour shadow run, the self-sign runbook and the SRE sign-off, and the nine
 * maturity gates that decide {@code M4 CERTIFIED}.
 *
 * <p>Configuration: {@code proof.pin015.min-cycles} and {@code proof.pin015.min-golden-files} lower (or raise)
 * the seed's shadow-run thresholds; see {@link M4Targets}.
 */
public final class Pin015Suite implements ProofSuite {

    @Override
    public String id() {
        return "PIN015";
    }

    @Override
    public String title() {
        return "PIN015 M4 Workflow Engine Validation & Maturity Gates";
    }

    @Override
    public EvidenceLayout layout() {
        return EvidenceLayout.datedDirectory("m4-validation-");
    }

    /**
     * The fields PIN015 reads and judges nowhere, each with why. Everything else it reads decides an outcome
     * (evidence mutation testing holds it to that).
     */
    /** The shadow-run thresholds a small sample may lower (the report then says so); evidence never can. */
    @Override
    public List<Setting> settings() {
        return List.of(Setting.atLeast(M4Targets.MIN_CYCLES, 1), Setting.atLeast(M4Targets.MIN_GOLDEN_FILES, 1));
    }

    @Override
    public List<InformationalField> informationalFields() {
        return List.of(
                new InformationalField(M4Files.PHASE_B, "/duration_s",
                        "printed as the seed tables it (11.23 seconds); the seed gives the harness's duration no target"),
                new InformationalField(M4Files.PHASE_D_CPU, "/replay_workers",
                        "printed; the seed gives the replay worker count no target (replays = workflows and stress workers are judged)"),
                new InformationalField(M4Files.SHADOW, "/workers",
                        "printed; the seed gives the shadow run's worker count no target"),
                new InformationalField(M4Files.SHADOW, "/cycle_interval_s",
                        "prints the expected cycles (~2,880) and how long an unfinished run has gone; the run is judged "
                                + "by its log's own times and counts"),
                new InformationalField(M4Files.SHADOW, "/workflows_per_cycle",
                        "prints the expected workflows; the seed's own figures (216 workflows in 24 cycles of 10) do not "
                                + "follow from it, so no check holds the log to it"),
                new InformationalField(M4Files.SHADOW, "/thresholds/**",
                        "evidence cannot lower the bar it is judged by: reported as ignored, judged nowhere"),
                new InformationalField(M4Files.RUNBOOK, "/items/*/command",
                        "the operator's shell line, whose paths differ between hosts; the item's check, expected, "
                                + "actual and status are judged"),
                new InformationalField(M4Files.RUNBOOK, "/items/15/actual",
                        "item 16's actual (the 16th entry): \"Summary output\", whose content the seed does not fix; "
                                + "it must be recorded, its words are not judged"),
                new InformationalField(M4Files.SIGNOFF, "/owner",
                        "names the signer, printed in the signature block; any non-blank owner signs (a blank one fails)"),
                new InformationalField(GoldenFiles.DIRECTORY + "/*.json", "/**",
                        "a golden file is counted and must parse as a JSON object; its content is the workflow's "
                                + "replay baseline, which the lab's harness compares, not the proof"));
    }

    @Override
    public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        return new Pin015Proof(M4Evidence.read(reader, settings));
    }
}
