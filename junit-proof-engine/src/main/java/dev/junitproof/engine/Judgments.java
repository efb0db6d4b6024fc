package dev.junitproof.engine;

import dev.junitproof.api.result.SuiteJudgment;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The engine's evaluator outside the launcher: a suite's whole judgment of one evidence unit, exactly as a run
 * under Maven or the console would make it (the same reader, the same evaluation, the same JSON report), without
 * tests, listeners or files. For tools and for tests of a suite's checks; suites judging other suites' evidence use
 * {@link dev.junitproof.api.suite.EvidenceReader#judgeAs}, which comes here too.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Judgments {

    private Judgments() {
    }

    /**
     * @param root     the evidence root: nothing outside it is read
     * @param unit     the evidence unit inside it
     * @param settings the run's configuration ({@code proof.clock} fixes the report's time)
     */
    public static SuiteJudgment judge(ProofSuite suite, Path root, Path unit, ProofSettings settings) {
        return prove(suite, root, unit, settings).judgment();
    }

    /** A judgment together with the suite's proof it came from (to render its reports again, e.g. in tests). */
    public record Proved(SuiteProof proof, SuiteJudgment judgment) {
    }

    /** As {@link #judge}, keeping the suite's proof. */
    public static Proved prove(ProofSuite suite, Path root, Path unit, ProofSettings settings) {
        Path realRoot;
        Path realUnit;
        try {
            realRoot = root.toAbsolutePath().normalize().toRealPath();
            realUnit = unit.toAbsolutePath().normalize().toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("no evidence unit " + unit, e);
        }
        ProofConfiguration configuration = ProofConfiguration.of(settings);
        java.time.Instant clock = ProofClock.read(settings::get, Map.of()).instant();
        EvidenceLedger ledger = new EvidenceLedger();
        SafeEvidenceReader reader = new SafeEvidenceReader(realRoot, realUnit, configuration.readLimits(), ledger,
                new CrossSuiteJudge(SuiteCatalog.load(), settings, clock, 0));
        SuiteProof[] proof = new SuiteProof[1];
        SuiteJudgment judgment = CrossSuiteJudge.judge(suite, reader, settings, clock,
                realRoot.relativize(realUnit).toString(), ledger, SuiteCatalog.load(), made -> proof[0] = made);
        return new Proved(proof[0], judgment);
    }
}
