package dev.junitproof.engine;

import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The suite runs a selection of paths would make, found exactly as the engine finds them at discovery (the same
 * claims, the newest dated directory per suite unless {@code proof.discover=all}): for the command line's
 * {@code list} and {@code prove} before it launches anything.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProofPlans {

    /**
     * One suite proving one evidence unit.
     *
     * @param uniqueId the suite run's unique id, e.g. {@code [engine:proof]/[evidence:cli-audit-lab-2026-03-23]/[suite:VAL25]}
     * @param root     the evidence root that confines it
     * @param unit     the evidence unit
     */
    public record PlannedRun(String uniqueId, ProofSuite suite, String unitName, Path root, Path unit) {
    }

    private ProofPlans() {
    }

    /** The suite runs of {@code path}; none when no suite claims anything there. */
    public static List<PlannedRun> of(Path path, ProofSettings settings) throws IOException {
        ProofConfiguration configuration = ProofConfiguration.of(settings);
        List<PlannedRun> runs = new ArrayList<>();
        for (EvidenceUnit unit : EvidenceUnits.locate(path, SuiteCatalog.load().all(), configuration.discoverAll(),
                configuration.verifying())) {
            for (ProofSuite suite : unit.suites()) {
                String id = org.junit.platform.engine.UniqueId.forEngine(ProofTestEngine.ENGINE_ID)
                        .append(EvidenceDescriptor.SEGMENT, unit.name()).append(SuiteRunDescriptor.SEGMENT, suite.id())
                        .toString();
                runs.add(new PlannedRun(id, suite, unit.name(), unit.root(), unit.unit()));
            }
        }
        return runs;
    }

    /** The unique-id segment types below a suite run: {@code group}, {@code check}, {@code level}. */
    public static final String GROUP = SuiteRunDescriptor.GROUP;
    public static final String CHECK = SuiteRunDescriptor.CHECK;
    public static final String LEVEL = SuiteRunDescriptor.LEVEL;
    public static final String READINESS_GROUP = SuiteRunDescriptor.READINESS_GROUP;
}
