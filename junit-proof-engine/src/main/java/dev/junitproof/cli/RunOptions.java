package dev.junitproof.cli;

import dev.junitproof.api.ProofKeys;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The options every command that runs proofs shares: where reports go, configuration, the clock. */
final class RunOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Where the reports are written (default: ${DEFAULT-VALUE}), one directory per evidence unit.",
            defaultValue = "target/proof-reports")
    Path output;

    @Option(names = {"-c", "--config"}, paramLabel = "KEY=VALUE",
            description = "A configuration parameter, as under Maven (-Dkey=value), e.g. proof.val24.mode=final; repeatable.")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--clock", paramLabel = "INSTANT",
            description = "The reports' \"Generated\" time (ISO instant); the same evidence and clock give byte-identical reports.")
    Optional<String> clock = Optional.empty();

    @Option(names = "--details", description = "Also print every test as it ended and each text report.")
    boolean details;

    @Option(names = "--junit-xml", paramLabel = "DIR",
            description = "Also write JUnit XML (the format CI test views read: GitHub, GitLab, Jenkins) into DIR.")
    Optional<Path> junitXml = Optional.empty();

    /** The JUnit XML listener, when asked for. */
    Optional<org.junit.platform.launcher.TestExecutionListener> junitXmlListener(Terminal terminal) {
        return junitXml.map(dir -> new org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener(dir,
                new java.io.PrintWriter(terminal.err(), true, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The configuration parameters of the run. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>(config);
        parameters.put(ProofKeys.OUTPUT_DIR, output.toString());
        clock.ifPresent(c -> parameters.put(ProofKeys.CLOCK, c));
        return parameters;
    }
}
