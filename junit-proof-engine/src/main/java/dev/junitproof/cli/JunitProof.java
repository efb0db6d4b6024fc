package dev.junitproof.cli;

import dev.junitproof.engine.ProofTestEngine;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * {@code junit-proof}, the command line for proofs: the standalone jar's main class and {@code bin/junit-proof}.
 * Runs proofs through the JUnit Launcher API with the proof engine and its report listener, and prints what a proof
 * user needs. The JUnit console launcher's own commands ({@code execute}, {@code discover}, {@code engines}) are
 * handed to it unchanged: {@code java -jar junit-proof-standalone.jar execute ...} is the JUnit convention.
 */
@API(status = MAINTAINED, since = "0.1")
@Command(name = "junit-proof", mixinStandardHelpOptions = true, versionProvider = JunitProof.Version.class,
        description = "Turns lab evidence into proofs: every check a proof suite defines for the evidence is judged, readiness levels and a verdict follow, and text, JSON and Markdown proof reports are written.",
        footer = {"",
                "Evidence: a lab run's directory (cli-audit-lab-YYYY-MM-DD for VAL25 and",
                "VAL26, val24-relay-soak-YYYY-MM-DD for VAL24, m4-validation-YYYY-MM-DD for",
                "PIN015) or an evidence root holding several (VAL27 proves the root that",
                "holds the val19..val23 directories).",
                "",
                "Outputs: <output>/<evidence dir>/<report>.txt, .json and .md, charts, and",
                "with signing an envelope (.intoto.jsonl).",
                "",
                "Exit status:",
                "  0  every check passed, or is legitimately not yet due",
                "  1  a check failed, required evidence is missing, or a report could not",
                "     be written",
                "  2  a usage problem, or nothing to prove: a path that does not exist,",
                "     nothing claimed, an id that names nothing",
                "",
                "JUnit's own commands run unchanged: junit-proof execute --select-directory=DIR"},
        subcommands = {ProveCommand.class, ListCommand.class, VerifyCommand.class, MergeCommand.class,
                KeygenCommand.class, SignCommand.class, ResignCommand.class, ArchiveCommand.class,
                ExtractCommand.class, CommandLine.HelpCommand.class})
public final class JunitProof implements Runnable {

    /** The console launcher's commands: handed to it, so {@code execute ...} keeps working. */
    static final Set<String> CONSOLE_COMMANDS = Set.of("execute", "discover", "engines");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String... args) {
        System.exit(run(Terminal.system(), args));
    }

    /** Runs one command and returns its exit status. */
    static int run(Terminal terminal, String... args) {
        if (args.length > 0 && (CONSOLE_COMMANDS.contains(args[0]) || args[0].startsWith("--select"))) {
            return console(terminal, args);
        }
        CommandLine line = new CommandLine(new JunitProof(), new Factory(terminal));
        line.setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageProblem usage) {
                terminal.err().println("junit-proof: " + usage.getMessage());
                return ExitCode.USAGE.code();
            }
            throw e;
        });
        line.setParameterExceptionHandler((e, ignored) -> {
            terminal.err().println("junit-proof: " + e.getMessage());
            e.getCommandLine().usage(terminal.err());
            return ExitCode.USAGE.code();
        });
        return line.execute(args);
    }

    /** Without a command: the help, and exit status 2 (nothing was asked). */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: prove, list, verify, ...");
    }

    private static int console(Terminal terminal, String... args) {
        try {
            return org.junit.platform.console.ConsoleLauncher.run(
                    new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8),
                    new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8), args).getExitCode();
        } catch (NoClassDefFoundError absent) {
            terminal.err().println("junit-proof: " + args[0] + " is the JUnit console launcher's command, which this "
                    + "class path does not hold (the standalone jar does)");
            return ExitCode.USAGE.code();
        }
    }

    /** {@code --version}: the engine's real version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"junit-proof " + new ProofTestEngine().getVersion().orElse("(version unknown)")
                    + " (JUnit Platform " + platformVersion() + ", Java " + Runtime.version() + ")"};
        }

        private static String platformVersion() {
            Package platform = org.junit.platform.engine.TestEngine.class.getPackage();
            return platform.getImplementationVersion() == null ? "6" : platform.getImplementationVersion();
        }
    }

    /** Gives each command the terminal to write to. */
    private record Factory(Terminal terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Terminal.class).newInstance(terminal);
            } catch (NoSuchMethodException noTerminal) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
