package dev.junitproof.engine.attest;

import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.api.suite.SuiteProof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ATTEST suite's proof of one directory: one check per envelope, one readiness level, a text report. */
final class AttestProof implements SuiteProof {

    static final String LEVEL = "VERIFIED";
    static final String VERIFIED = "ATTESTATIONS VERIFIED";
    static final String NOT_VERIFIED = "ATTESTATIONS NOT VERIFIED";

    private final Map<String, Verification> verifications;
    private final List<CheckSpec> checks = new ArrayList<>();

    AttestProof(Map<String, Verification> verifications) {
        this.verifications = Map.copyOf(verifications);
        verifications.forEach((envelope, verification) -> checks.add(check(envelope, verification)));
    }

    /** Check id {@code ATTEST-<report base name>}, e.g. {@code ATTEST-demo-proof-report}. */
    static String checkId(String envelopeName) {
        return AttestSuite.ID + "-" + envelopeName.substring(0, envelopeName.length() - ReportFiles.ENVELOPE.length());
    }

    private static CheckSpec check(String envelope, Verification verification) {
        SourceRef source = SourceRef.file(envelope);
        return new CheckSpec(checkId(envelope), envelope + ": signature, report and evidence as signed", source, check -> {
            check.source(source).target("signature valid; report files and every evidence file match the signed digests");
            if (verification instanceof Verification.Verified ok) {
                AttestedStatement statement = ok.statement();
                check.measured(statement.verificationResult() + " " + statement.verifiedLevels())
                        .detail("signed by " + ok.keyid() + "; " + statement.subjects().size() + " report files and "
                                + statement.inputs().size() + " evidence files (" + ok.evidenceDirectory()
                                + ") match; " + statement.policyUri() + " attested " + statement.verificationResult());
            } else {
                String message = ((Verification.Rejected) verification).message();
                check.detail(message);
                throw new AssertionError(message);
            }
        });
    }

    @Override
    public List<PlanNode> plan() {
        return List.of(CheckGroup.matrix("matrix", "Signed proof reports", checks));
    }

    @Override
    public List<ReadinessLevel> readiness() {
        String[] ids = checks.stream().map(CheckSpec::id).toArray(String[]::new);
        return List.of(new ReadinessLevel(LEVEL, "Every attestation verified", List.of(
                Criterion.of("every signed report in the directory verifies",
                        outcomes -> ids.length > 0 && outcomes.allPassed(ids)))));
    }

    @Override
    public String verdict(Outcomes outcomes, List<ReadinessResult> readiness) {
        return readiness.get(0).ready() ? VERIFIED : NOT_VERIFIED;
    }

    /** No coverage table: each envelope is its own check. */
    @Override
    public List<CoverageRow> coverage() {
        return List.of();
    }

    @Override
    public String reportName() {
        return "attest-proof-report";
    }

    @Override
    public String renderText(ProofResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append("ATTEST Signed Proof Report Verification\n");
        sb.append("Generated: ").append(result.generatedText()).append('\n');
        sb.append("Directory: ").append(result.evidenceDir()).append('\n');
        for (CheckSpec check : checks) {
            sb.append("  ").append(check.id()).append(' ').append(result.outcomes().statusLabel(check.id())).append('\n');
            String detail = result.outcomes().findings(check.id()).detail();
            if (!detail.isEmpty()) {
                sb.append("      ").append(detail).append('\n');
            }
        }
        sb.append("Verdict: ").append(result.verdictText()).append('\n');
        return sb.toString();
    }
}
