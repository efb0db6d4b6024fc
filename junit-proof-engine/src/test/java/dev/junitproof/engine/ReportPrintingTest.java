package dev.junitproof.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

/**
 * What the listener prints (each report, then where it was written, in the runs' order) and says on stderr when a
 * report or one of its files cannot be written; and that many extra files are all written.
 */
class ReportPrintingTest {

    @TempDir
    Path tmp;

    private record Printed(String out, String err) {
    }

    /** A launcher whose only listener is a report listener printing into buffers. */
    private Printed run(Path selected, Path output, Map<String, String> extra) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("proof.clock", "2026-03-23T12:00:00Z");
        config.put("proof.output.dir", output.toString());
        config.put("proof.discover", "all");
        config.putAll(extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                .execute(LauncherDiscoveryRequestBuilder.request()
                                .selectors(DiscoverySelectors.selectDirectory(selected.toFile()))
                                .filters(includeEngines("proof"))
                                .configurationParameters(config)
                                .build(),
                        new ProofReportListener(new PrintStream(out, true, StandardCharsets.UTF_8),
                                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Printed(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String printedReport(Path output, String unit) throws Exception {
        Path txt = output.resolve(unit).resolve("demo-proof-report.txt");
        return Files.readString(txt) + "(written to " + txt + " and .json)" + System.lineSeparator();
    }

    @Test
    void eachReportIsPrintedWithWhereItWasWrittenInTheRunsOrder() throws Exception {
        Path evidence = tmp.resolve("evidence");
        DemoEvidence.passing().writeTo(evidence, "demo-lab-2026-03-24");
        DemoEvidence.passing().p99(612.5).writeTo(evidence, "demo-lab-2026-03-23");
        Path output = tmp.resolve("out");

        Printed printed = run(evidence, output, Map.of());

        assertThat(printed.out()).isEqualTo(printedReport(output, "demo-lab-2026-03-23")
                + printedReport(output, "demo-lab-2026-03-24"));
        assertThat(printed.out()).contains("Verdict: NOT READY", "Verdict: PARTNER READY");
        assertThat(printed.err()).isEmpty();
    }

    @Test
    void withPrintingOffNothingIsPrintedButTheFilesAreWritten() {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-23");

        Printed printed = run(unit, tmp.resolve("out"), Map.of("proof.report.print", "false"));

        assertThat(printed.out()).isEmpty();
        assertThat(printed.err()).isEmpty();
        assertThat(tmp.resolve("out/demo-lab-2026-03-23/demo-proof-report.json")).isRegularFile();
    }

    @Test
    void aReportThatCannotBeWrittenIsSaidOnStderrAndNotPrintedAsWritten() throws Exception {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-23");
        Path blocked = Files.writeString(tmp.resolve("blocked"), "a file where the output directory should be");

        Printed printed = run(unit, blocked, Map.of());

        assertThat(printed.out()).isEmpty();
        assertThat(printed.err()).startsWith("[proof] DEMO reports not written to " + blocked.resolve("demo-lab-2026-03-23")
                + " (demo-proof-report.txt, demo-proof-report.json, demo-proof-report.md; the previous reports, if any, "
                + "are kept): FileSystemException: ");
    }

    @Test
    void manyExtraFilesAreAllWrittenWithTheirContent() throws Exception {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-23");

        Printed printed = run(unit, tmp.resolve("out"), Map.of("proof.report.print", "false", DemoSuite.DAILY, "40"));

        assertThat(printed.err()).isEmpty();
        Path reports = tmp.resolve("out/demo-lab-2026-03-23");
        for (int day : IntStream.rangeClosed(1, 40).toArray()) {
            assertThat(reports.resolve(String.format("daily-%02d.txt", day))).hasContent("day " + day + " PARTNER READY");
        }
        try (var left = Files.list(reports)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temp file left behind")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void everyExtraFileThatCannotBeWrittenIsNamedAndTheOthersAreStillWritten() throws Exception {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-23");
        Path reports = tmp.resolve("out/demo-lab-2026-03-23");
        // A non-empty directory where a file should go cannot be replaced.
        Files.createDirectories(reports.resolve("daily-05.txt/inside"));
        Files.createDirectories(reports.resolve("daily-12.txt/inside"));

        Printed printed = run(unit, tmp.resolve("out"), Map.of("proof.report.print", "false", DemoSuite.DAILY, "20"));

        assertThat(printed.err().lines()).hasSize(2);
        assertThat(printed.err().lines().toList().get(0))
                .startsWith("[proof] DEMO report file " + reports.resolve("daily-05.txt") + " not written: ")
                .endsWith(reports.resolve("daily-05.txt") + ": Is a directory");
        assertThat(printed.err().lines().toList().get(1))
                .startsWith("[proof] DEMO report file " + reports.resolve("daily-12.txt") + " not written: ")
                .endsWith(reports.resolve("daily-12.txt") + ": Is a directory");
        assertThat(reports.resolve("daily-04.txt")).hasContent("day 4 PARTNER READY");
        assertThat(reports.resolve("daily-20.txt")).hasContent("day 20 PARTNER READY");
    }

    @Test
    void aChartThatCannotBeWrittenCostsOnlyThatChart() throws Exception {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-23");
        Path reports = tmp.resolve("out/demo-lab-2026-03-23");
        Files.createDirectories(reports.resolve("demo-latency.png/inside"));

        Printed printed = run(unit, tmp.resolve("out"), Map.of("proof.report.print", "false"));

        assertThat(printed.err()).startsWith("[proof] DEMO chart demo-latency.png not written to " + reports + ": ");
        assertThat(reports.resolve("demo-proof-report.json")).isRegularFile();
    }
}
