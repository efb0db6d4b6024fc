package dev.junitproof.cli;

import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.suite.SuiteProof;
import dev.junitproof.engine.Judgments;
import dev.junitproof.engine.ProofPlans;
import org.junit.platform.engine.UniqueId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The suite runs the paths hold, and, when asked, every group, check and level each would produce with its id. */
final class Plans {

    /** One node a run would produce: its unique id, kind ({@code group}, {@code check}, {@code level}), id and title. */
    record Node(String uniqueId, String kind, String id, String title, int depth) {
    }

    private Plans() {
    }

    /** Every path must exist; each one's suite runs, in the paths' order. */
    static List<ProofPlans.PlannedRun> runs(List<Path> paths, Map<String, String> parameters) {
        List<ProofPlans.PlannedRun> runs = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UsageProblem("evidence path " + path + " does not exist");
            }
            if (!Files.isDirectory(path)) {
                throw new UsageProblem("evidence path " + path + " is not a directory: name a lab run's directory or the "
                        + "evidence root above it");
            }
            try {
                runs.addAll(ProofPlans.of(path, settings(parameters)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return runs;
    }

    static ProofSettings settings(Map<String, String> parameters) {
        return key -> Optional.ofNullable(parameters.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The nodes a run would produce: its evidence read and its plan built (no check is judged for this). */
    static List<Node> nodes(ProofPlans.PlannedRun run, Map<String, String> parameters) {
        SuiteProof proof = Judgments.prove(run.suite(), run.root(), run.unit(), settings(parameters)).proof();
        List<Node> nodes = new ArrayList<>();
        UniqueId runId = UniqueId.parse(run.uniqueId());
        walk(proof.plan(), runId, 1, nodes);
        if (!proof.readiness().isEmpty()) {
            UniqueId readiness = runId.append(ProofPlans.GROUP, ProofPlans.READINESS_GROUP);
            nodes.add(new Node(readiness.toString(), "group", ProofPlans.READINESS_GROUP, "Readiness levels", 1));
            for (ReadinessLevel level : proof.readiness()) {
                nodes.add(new Node(readiness.append(ProofPlans.LEVEL, level.key()).toString(), "level", level.key(),
                        level.title(), 2));
            }
        }
        return nodes;
    }

    private static void walk(List<PlanNode> plan, UniqueId parent, int depth, List<Node> nodes) {
        for (PlanNode node : plan) {
            if (node instanceof CheckGroup group) {
                UniqueId id = parent.append(ProofPlans.GROUP, group.key());
                nodes.add(new Node(id.toString(), "group", group.key(), group.displayName(), depth));
                walk(group.children(), id, depth + 1, nodes);
            } else if (node instanceof CheckSpec check) {
                nodes.add(new Node(parent.append(ProofPlans.CHECK, check.id()).toString(), "check", check.id(),
                        check.title(), depth));
            }
        }
    }
}
