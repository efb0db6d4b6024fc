package dev.junitproof.cli;

import dev.junitproof.api.ProofKeys;
import dev.junitproof.engine.ClosestNames;
import dev.junitproof.engine.ProofPlans;
import dev.junitproof.engine.Shard;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code junit-proof prove PATH...}: the main job. */
@Command(name = "prove", mixinStandardHelpOptions = true,
        description = "Proves the evidence at each PATH: every check of every suite that claims a directory there is judged, the readiness levels and the verdict follow, and the reports are written.",
        footer = {"",
                "PATH is a lab run's directory (cli-audit-lab-YYYY-MM-DD,",
                "val24-relay-soak-YYYY-MM-DD, m4-validation-YYYY-MM-DD) or an evidence root",
                "holding several: the newest per suite is proved (-c proof.discover=all",
                "proves every one). Reports: <output>/<evidence dir>/<suite>-proof-report",
                ".txt, .json and .md (VAL24: val24-<mode>.*).",
                "",
                "Exit status: 0 every check passed or is not yet due; 1 a check failed,",
                "required evidence is missing or a report could not be written; 2 a usage",
                "problem or nothing to prove."})
final class ProveCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Evidence directories or roots; without one, "
            + "those of -c proof.evidence=DIR[,DIR...] (or -Dproof.evidence).")
    List<Path> paths = new ArrayList<>();

    @Mixin
    RunOptions options;

    @Option(names = "--only", paramLabel = "ID",
            description = "Rerun only this check, level or group (its id, e.g. VAL25-06, or the unique id `list` prints);"
                    + " repeatable. The reports of such a partial run are written beside the full run's, never over them.")
    List<String> only = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Prove only shard I of N (1-based): a share of the suite runs, decided by each run's own name,"
                    + " so adding evidence units never moves the others. Same as -c proof.shard=I/N.")
    Optional<String> shard = Optional.empty();

    private final Terminal terminal;

    ProveCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Map<String, String> parameters = options.parameters();
        shard.ifPresent(s -> parameters.put(ProofKeys.SHARD, s));
        Optional<Shard> sharding = Optional.ofNullable(parameters.get(ProofKeys.SHARD)).map(s -> Shard.parse(s)
                .orElseThrow(() -> new UsageProblem("--shard " + s + " must be I/N with 1 <= I <= N")));
        if (paths.isEmpty()) {
            String evidence = Optional.ofNullable(parameters.get(ProofKeys.EVIDENCE))
                    .or(() -> Optional.ofNullable(System.getProperty(ProofKeys.EVIDENCE))).orElse("");
            Arrays.stream(evidence.split(",")).map(String::strip).filter(e -> !e.isEmpty()).map(Path::of)
                    .forEach(paths::add);
            if (paths.isEmpty()) {
                throw new UsageProblem("nothing to prove: give a PATH, or -c " + ProofKeys.EVIDENCE + "=DIR");
            }
        }
        List<ProofPlans.PlannedRun> runs = Plans.runs(paths, parameters);
        if (runs.isEmpty()) {
            throw new UsageProblem("nothing to prove in " + paths.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + ": no suite claims a directory there. " + Layouts.describe());
        }
        List<DiscoverySelector> selectors = new ArrayList<>();
        if (only.isEmpty()) {
            paths.forEach(p -> selectors.add(DiscoverySelectors.selectDirectory(p.toString())));
        } else {
            parameters.put(ProofKeys.EVIDENCE, paths.stream().map(Path::toString).collect(Collectors.joining(",")));
            resolve(runs, parameters).forEach(id -> selectors.add(DiscoverySelectors.selectUniqueId(id)));
        }
        if (sharding.isPresent() && runs.stream().noneMatch(r -> sharding.get().includes(r.unitName(), r.suite().id()))) {
            terminal.out().println("shard " + sharding.get() + " holds none of the " + runs.size() + " suite runs");
            return ExitCode.PROVED.code();
        }
        List<TestExecutionListener> listeners = new ArrayList<>();
        TreePrinter tree = new TreePrinter(terminal);
        if (options.details) {
            listeners.add(tree);
        }
        options.junitXmlListener(terminal).ifPresent(listeners::add);
        ProofLaunch.Outcome outcome;
        try (ProgressLine progress = ProgressLine.on(terminal)) {
            outcome = ProofLaunch.run(selectors, parameters, listeners);
        }
        if (outcome.discoveryFailed()) {
            throw new UsageProblem(outcome.discoveryProblem());
        }
        if (options.details) {
            Details.print(terminal, outcome);
        }
        new RunSummaries(terminal).print(outcome);
        return outcome.failed() ? ExitCode.FAILED.code() : ExitCode.PROVED.code();
    }

    /** The unique ids the {@code --only} ids name; an id that names nothing is a usage problem naming the closest. */
    private Set<String> resolve(List<ProofPlans.PlannedRun> runs, Map<String, String> parameters) {
        List<Plans.Node> nodes = new ArrayList<>();
        for (ProofPlans.PlannedRun run : runs) {
            nodes.add(new Plans.Node(run.uniqueId(), "suite", run.suite().id(), run.suite().title(), 0));
            nodes.addAll(Plans.nodes(run, parameters));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String wanted : only) {
            List<String> matches = nodes.stream().filter(n -> n.uniqueId().equals(wanted) || n.id().equals(wanted))
                    .map(Plans.Node::uniqueId).toList();
            if (matches.isEmpty()) {
                Set<String> known = new LinkedHashSet<>();
                nodes.forEach(n -> known.add(n.id()));
                List<String> closest = ClosestNames.to(wanted, known, Math.max(2, wanted.length() / 3), 3);
                throw new UsageProblem("--only " + wanted + " names no check, level or group of this evidence"
                        + (closest.isEmpty() ? "; `junit-proof list` prints every id" : "; closest: "
                        + String.join(", ", closest)));
            }
            ids.addAll(matches);
        }
        return ids;
    }
}
