package dev.junitproof.cli;

import dev.junitproof.engine.DemoSuites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit-code table of {@code junit-proof prove}, row by row: 0 everything judged passed or is not yet due; 1 a
 * check failed, required evidence is missing, or a report could not be written; 2 a usage problem or nothing to
 * prove (a path that does not exist, nothing claimed, an id that names nothing, an unusable setting).
 */
class ExitCodeTest {

    private static final String UNIT = "demo-lab-2026-03-23";

    @TempDir
    Path tmp;

    private Path evidence(String variant) {
        return DemoSuites.evidence(tmp.resolve("evidence"), UNIT, variant);
    }

    private Cli prove(Path path, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "prove";
        args[1] = path.toString();
        args[2] = "-o";
        args[3] = tmp.resolve("out").toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return Cli.run(args);
    }

    @Test
    void zeroWhenEveryCheckPassed() {
        Cli cli = prove(evidence("passing"));

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("DEMO Proof · " + UNIT, "  verdict   PARTNER READY",
                "  checks    3 passed · 0 failed · 0 pending", "1 suite run, 5 tests");
    }

    @Test
    void zeroWhenWhatDidNotPassIsNotYetDue() {
        Cli cli = prove(evidence("pending"));

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("1 pending");
    }

    @Test
    void oneWhenACheckFailedNamingMeasuredTargetAndSource() {
        Cli cli = prove(evidence("slow"));

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out()).contains("  verdict   NOT READY", "  failed    DEMO-01 Latency: p99 <= 500ms",
                "measured 612.5 ms · target <= 500 ms · demo.json /latency/p99_ms");
    }

    @Test
    void oneWhenRequiredEvidenceIsMissing() throws Exception {
        Path unit = Files.createDirectories(tmp.resolve("evidence").resolve(UNIT));

        Cli cli = prove(unit);

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out()).contains("  failed    DEMO-01 Latency: p99 <= 500ms",
                "target <= 500 ms · demo.json /latency/p99_ms", "MISSING: demo.json not found");
    }

    @Test
    void oneWhenAReportCannotBeWritten() throws Exception {
        Path unit = evidence("passing");
        Path blocked = Files.writeString(tmp.resolve("blocked"), "a file where the output directory should be");

        Cli cli = Cli.run("prove", unit.toString(), "-o", blocked.toString());

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out()).contains("  not written DEMO reports not written to " + blocked.resolve(UNIT));
    }

    @Test
    void twoWhenThePathDoesNotExist() {
        Cli cli = prove(tmp.resolve("nope"));

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("junit-proof: evidence path " + tmp.resolve("nope") + " does not exist\n");
    }

    @Test
    void twoWhenNoSuiteClaimsAnythingThere() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("photos"));

        Cli cli = prove(empty);

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).startsWith("junit-proof: nothing to prove in " + empty
                + ": no suite claims a directory there. The suites prove: ").contains("demo-lab-YYYY-MM-DD/ (DEMO)");
    }

    @Test
    void twoWhenAnOnlyIdNamesNothingNamingTheClosest() {
        Path unit = evidence("passing");

        Cli cli = prove(unit, "--only", "DEMO-3");

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).startsWith("junit-proof: --only DEMO-3 names no check, level or group of this evidence; closest: ")
                .contains("DEMO-03");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void twoWhenASettingCannotBeUsed() {
        Cli cli = prove(evidence("passing"), "-c", "proof.max-file-bytes=64MiB");

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("proof.max-file-bytes=64MiB cannot be used: it must be a whole number >= 1");
    }

    @Test
    void twoForAnUnknownOption() {
        Cli cli = Cli.run("prove", tmp.toString(), "--frobnicate");

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: '--frobnicate'", "Usage: junit-proof prove");
    }

    @Test
    void anOnlyRerunWritesItsOwnPartialReportsBesideTheFullOnes() throws Exception {
        Path unit = evidence("passing");
        prove(unit);
        String full = Files.readString(tmp.resolve("out").resolve(UNIT).resolve("demo-proof-report.txt"));

        Cli cli = prove(unit, "--only", "DEMO-03");

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("(partial run: 1 of 3)");
        assertThat(tmp.resolve("out").resolve(UNIT).resolve("demo-proof-report.txt")).hasContent(full.strip());
        assertThat(tmp.resolve("out").resolve(UNIT).resolve("demo-proof-report-partial.txt")).exists();
    }

    @Test
    void anUnknownSettingIsOneWarningLineAndTheRunGoesOn() {
        Cli cli = prove(evidence("passing"), "-c", "proof.evidnce=x");

        assertThat(cli.exit()).isZero();
        assertThat(cli.err()).isEqualTo("junit-proof: warning: unknown configuration parameter proof.evidnce "
                + "(did you mean proof.evidence?): it is ignored\n");
    }
}
