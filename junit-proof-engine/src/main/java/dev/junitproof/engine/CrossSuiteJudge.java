package dev.junitproof.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.SuiteJudgment;
import dev.junitproof.api.suite.Loaded.MissingReason;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Proves a directory of one suite's evidence unit as another suite would prove it on its own: that suite reads it
 * (confined to the same root, with the same limits and settings), the engine's evaluator runs every check and
 * level, and the result is that suite's judgment. VAL27 judges the VAL24 soak it finds this way, so the soak's
 * verdict comes from its rounds and receipts, never from a document that claims it.
 */
final class CrossSuiteJudge {

    /** A judge for readers outside a suite run (tests of the reader itself): no suite is known. */
    static final CrossSuiteJudge NONE = new CrossSuiteJudge(null, key -> Optional.empty(), Instant.EPOCH, 0);

    /** A judgment may itself judge, but never without end: a suite that judges itself is a suite bug. */
    private static final int MAX_DEPTH = 3;

    private final SuiteCatalog catalog;
    private final ProofSettings settings;
    private final Instant generatedAt;
    private final int depth;

    CrossSuiteJudge(SuiteCatalog catalog, ProofSettings settings, Instant generatedAt, int depth) {
        this.catalog = catalog;
        this.settings = settings;
        this.generatedAt = generatedAt;
        this.depth = depth;
    }

    Loaded<SuiteJudgment> judge(SafeEvidenceReader outer, String suiteId, String directory) {
        Optional<ProofSuite> suite = catalog == null ? Optional.empty() : catalog.byId(suiteId);
        if (suite.isEmpty()) {
            return new Loaded.Missing<>(directory, MissingReason.NOT_FOUND,
                    "no suite " + suiteId + " on the class path to judge " + directory);
        }
        if (depth >= MAX_DEPTH) {
            return new Loaded.Missing<>(directory, MissingReason.UNREADABLE,
                    suiteId + " judgment of " + directory + " nested too deep (a suite judging itself?)");
        }
        Loaded<Path> unit = outer.directoryInside(directory);
        if (!(unit instanceof Loaded.Present<Path> present)) {
            return unit.map(p -> null);
        }
        EvidenceLedger ledger = new EvidenceLedger();
        SafeEvidenceReader reader = new SafeEvidenceReader(outer.root(), present.value(), outer.limits(), ledger,
                new CrossSuiteJudge(catalog, settings, generatedAt, depth + 1));
        try {
            SuiteJudgment judgment = judge(suite.get(), reader, settings, generatedAt, directory, ledger, catalog);
            String prefix = directory.isEmpty() || directory.endsWith("/") ? directory : directory + "/";
            outerLedger(outer).addAll(prefix, judgment.result().evidence());
            return new Loaded.Present<>(directory, judgment);
        } catch (RuntimeException e) {
            return new Loaded.Missing<>(directory, MissingReason.UNREADABLE, suiteId + " could not judge " + directory
                    + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static EvidenceLedger outerLedger(SafeEvidenceReader outer) {
        return outer.ledger();
    }

    /** A whole run of {@code suite} over what {@code reader} reads, evaluated by the engine's evaluator. */
    static SuiteJudgment judge(ProofSuite suite, SafeEvidenceReader reader, ProofSettings settings, Instant generatedAt,
            String directory, EvidenceLedger ledger, SuiteCatalog catalog) {
        return judge(suite, reader, settings, generatedAt, directory, ledger, catalog, proof -> { });
    }

    static SuiteJudgment judge(ProofSuite suite, SafeEvidenceReader reader, ProofSettings settings, Instant generatedAt,
            String directory, EvidenceLedger ledger, SuiteCatalog catalog, java.util.function.Consumer<SuiteProof> made) {
        SuiteProof proof = suite.prove(reader, settings);
        made.accept(proof);
        ApprovalsFile.Read approvalsFile = catalog == null ? ApprovalsFile.Read.ABSENT : ApprovalsFile.read(reader, catalog);
        dev.junitproof.api.result.Approvals approvals = approvalsFile.forSuite(suite.id(),
                generatedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        PlanIndex plan = new PlanIndex(ApprovalsCheck.plan(suite.id(), proof.plan(), approvalsFile, approvals));
        CheckEvaluator evaluator = new CheckEvaluator(plan);
        SuiteRunResult run = SuiteRunResult.whole(suite.id(), proof, plan, evaluator, generatedAt,
                ProofReportListener.displayPath(reader.unitDirectory()), ledger::entries, approvals);
        ProofResult result = run.result();
        ObjectNode report = ProofReportJson.build(suite, proof, plan, result, approvals);
        proof.addJson(report, result);
        return new SuiteJudgment(suite.id(), directory, result, report);
    }
}
