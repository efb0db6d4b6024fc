package dev.junitproof.cli;

import dev.junitproof.engine.ProofPlans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code junit-proof list PATH...}: what a proof would produce, with the ids to rerun any part of it. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists every suite run, group, check and readiness level a proof of each PATH would produce, with its unique id and the command that reruns it. Reads the evidence; judges nothing.")
final class ListCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Evidence directories or roots.")
    List<Path> paths;

    @Mixin
    RunOptions options;

    private final Terminal terminal;

    ListCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Map<String, String> parameters = options.parameters();
        List<ProofPlans.PlannedRun> runs = Plans.runs(paths, parameters);
        if (runs.isEmpty()) {
            throw new UsageProblem("nothing to prove in " + paths.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + ": no suite claims a directory there. " + Layouts.describe());
        }
        String where = paths.stream().map(Path::toString).collect(Collectors.joining(" "));
        terminal.out().println("Rerun any of these with: junit-proof prove " + where + " --only ID (the id or the unique id)");
        terminal.out().println();
        for (ProofPlans.PlannedRun run : runs) {
            terminal.out().println(terminal.bold(run.suite().title()) + " · " + run.unitName());
            terminal.out().println("  suite  " + run.suite().id() + "  " + run.uniqueId());
            for (Plans.Node node : Plans.nodes(run, parameters)) {
                terminal.out().println("  " + "  ".repeat(node.depth()) + String.format("%-5s", node.kind()) + "  "
                        + node.id() + (node.title().isEmpty() || node.title().equals(node.id()) ? "" : " — " + node.title())
                        + "  " + node.uniqueId());
            }
            terminal.out().println();
        }
        return ExitCode.PROVED.code();
    }
}
