package dev.junitproof.cli;

import dev.junitproof.engine.DemoSuites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's other commands: help, version, list, the attestation commands, verify, JUnit's own. */
class CommandsTest {

    private static final String UNIT = "demo-lab-2026-03-23";

    @TempDir
    Path tmp;

    @Test
    void helpIsAboutProofsAndDocumentsTheExitCodes() {
        Cli cli = Cli.run("--help");

        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("Usage: junit-proof", "Turns lab evidence into proofs", "prove", "list", "verify",
                "merge", "keygen", "sign", "resign", "archive", "Exit status:",
                "  0  every check passed, or is legitimately not yet due",
                "  1  a check failed, required evidence is missing, or a report could not",
                "  2  a usage problem, or nothing to prove");
    }

    @Test
    void theVersionIsTheEnginesRealOne() {
        Cli cli = Cli.run("--version");

        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).startsWith("junit-proof ").doesNotContain("unknown").contains("Java 17");
    }

    @Test
    void noCommandIsAUsageProblem() {
        Cli cli = Cli.run();

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("name a command: prove, list, verify");
    }

    @Test
    void withoutAPathProveTakesTheEvidenceFromProofEvidence() {
        DemoSuites.evidence(tmp.resolve("evidence"), UNIT, "passing");

        Cli cli = Cli.run("prove", "-c", "proof.evidence=" + tmp.resolve("evidence"), "-o", tmp.resolve("out").toString());

        assertThat(cli.exit()).isZero();
        assertThat(tmp.resolve("out").resolve(UNIT).resolve("demo-proof-report.json")).exists();
        assertThat(Cli.run("prove", "-o", tmp.resolve("out").toString()).err())
                .contains("nothing to prove: give a PATH, or -c proof.evidence=DIR");
    }

    @Test
    void listPrintsEveryCheckAndLevelWithItsUniqueIdAndHowToRerunIt() {
        Path unit = DemoSuites.evidence(tmp.resolve("evidence"), UNIT, "passing");

        Cli cli = Cli.run("list", tmp.resolve("evidence").toString());

        assertThat(cli.exit()).isZero();
        String run = "[engine:proof]/[evidence:" + UNIT + "]/[suite:DEMO]";
        assertThat(cli.out()).contains("Rerun any of these with: junit-proof prove " + tmp.resolve("evidence") + " --only ID",
                "  suite  DEMO  " + run,
                "check  DEMO-01 — Latency: p99 <= 500ms  " + run + "/[group:inputs]/[check:DEMO-01]",
                "check  DEMO-03 — Summary: DEMO-01 passed  " + run + "/[group:matrix]/[check:DEMO-03]",
                "level  GA — GA ready  " + run + "/[group:readiness]/[level:GA]");
        assertThat(unit).exists();
    }

    @Test
    void aUniqueIdThatListPrintsRerunsThatCheck() {
        DemoSuites.evidence(tmp.resolve("evidence"), UNIT, "passing");
        String id = "[engine:proof]/[evidence:" + UNIT + "]/[suite:DEMO]/[group:matrix]/[check:DEMO-03]";

        Cli cli = Cli.run("prove", tmp.resolve("evidence").toString(), "-o", tmp.resolve("out").toString(), "--only", id);

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("(partial run: 1 of 3)");
    }

    @Test
    void keygenSignAndVerifyRunAsCommandsAndATamperedReportFailsVerification() throws Exception {
        Path unit = DemoSuites.evidence(tmp.resolve("evidence"), UNIT, "passing");
        assertThat(Cli.run("keygen", tmp.resolve("keys").toString()).exit()).isZero();
        Path key = tmp.resolve("keys/proof-signing-key.pem");
        Path publicKey = tmp.resolve("keys/proof-signing-key.pub.pem");
        Cli proved = Cli.run("prove", unit.toString(), "-o", tmp.resolve("out").toString(), "-c", "proof.sign.key=" + key);
        assertThat(proved.exit()).as(proved.err()).isZero();

        Cli verified = Cli.run("verify", tmp.resolve("out").toString(), "--key", publicKey.toString(),
                "-o", tmp.resolve("verified").toString());
        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).contains("ATTESTATIONS VERIFIED");

        Files.writeString(tmp.resolve("out").resolve(UNIT).resolve("demo-proof-report.txt"), "Verdict: PARTNER READY\n");
        Cli tampered = Cli.run("verify", tmp.resolve("out").toString(), "--key", publicKey.toString(),
                "-o", tmp.resolve("verified").toString());
        assertThat(tampered.exit()).isEqualTo(1);
        assertThat(tampered.out()).contains("report altered: demo-proof-report.txt");

        Files.delete(tmp.resolve("out").resolve(UNIT).resolve("demo-proof-report.intoto.jsonl"));
        assertThat(Cli.run("sign", tmp.resolve("out").resolve(UNIT).resolve("demo-proof-report.json").toString(),
                "--key", key.toString()).exit()).isZero();
        assertThat(Cli.run("verify", tmp.resolve("out").toString(), "--key", publicKey.toString(),
                "-o", tmp.resolve("verified").toString()).exit()).isZero();
    }

    @Test
    void verifyWithoutAKeyIsAUsageProblem() {
        Cli cli = Cli.run("verify", tmp.toString());

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required argument", "--key");
    }

    @Test
    void junitsOwnCommandsAreHandedToTheConsoleLauncher() {
        DemoSuites.evidence(tmp.resolve("evidence"), UNIT, "slow");

        Cli cli = Cli.run("execute", "--select-directory=" + tmp.resolve("evidence"),
                "--config=proof.output.dir=" + tmp.resolve("out"), "--config=proof.report.print=false",
                "--disable-banner", "--details=summary");

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out()).contains("tests failed");
    }

    @Test
    void junitXmlIsWrittenForCiTestViewsWhenAskedFor() throws Exception {
        DemoSuites.evidence(tmp.resolve("evidence"), UNIT, "slow");

        Cli cli = Cli.run("prove", tmp.resolve("evidence").toString(), "-o", tmp.resolve("out").toString(),
                "--junit-xml", tmp.resolve("xml").toString());

        assertThat(cli.exit()).isEqualTo(1);
        try (var files = Files.list(tmp.resolve("xml"))) {
            Path xml = files.filter(p -> p.getFileName().toString().endsWith(".xml")).findFirst().orElseThrow();
            assertThat(Files.readString(xml)).contains("<testcase name=\"DEMO-01 Latency: p99 &lt;= 500ms\"", "<failure");
        }
    }
}
