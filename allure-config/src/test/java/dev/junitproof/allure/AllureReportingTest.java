package dev.junitproof.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.ApprovalsFixture;
import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javax.imageio.ImageIO;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

/**
 * Runs the proof engine on the demo suite through the Launcher, with Allure's own listener
 * ({@code allure-junit-platform}, found through META-INF/services like in any consumer's build) and this module's
 * observer and run-files listener active, then reads the {@code *-result.json} files Allure wrote.
 */
class AllureReportingTest {

    private static final String FAILING = "demo-lab-2026-03-23";
    private static final String PASSING = "demo-lab-2026-03-24";

    @TempDir
    Path tmp;

    private Path results;
    private AllureLifecycle previousLifecycle;
    private String previousDirectory;

    @BeforeEach
    void pointAllureAtATemporaryResultsDirectory() {
        // Surefire's own Allure listener already made the default lifecycle (for this very test); the proof run
        // gets a fresh one, which reads allure.results.directory when it is made, as a consumer's run does.
        results = tmp.resolve("allure-results");
        previousDirectory = System.setProperty("allure.results.directory", results.toString());
        previousLifecycle = Allure.getLifecycle();
        Allure.setLifecycle(new AllureLifecycle());
    }

    @AfterEach
    void restoreAllure() {
        Allure.setLifecycle(previousLifecycle);
        if (previousDirectory == null) {
            System.clearProperty("allure.results.directory");
        } else {
            System.setProperty("allure.results.directory", previousDirectory);
        }
    }

    private static Path demo(Path root, String unit, double p99, boolean pending) {
        ObjectNode json = JsonFixtures.object();
        json.put("generated_at", "2026-03-23T10:15:02Z");
        ObjectNode latency = json.putObject("latency");
        latency.put("p99_ms", p99);
        latency.put("samples", 20);
        if (pending) {
            json.put("pending", true);
        }
        JsonFixtures.write(root.resolve(unit).resolve("demo.json"), json);
        return root.resolve(unit);
    }

    private ProofRunResult runBothUnits() {
        Path failing = demo(tmp.resolve("a"), FAILING, 600.0, true);
        Path passing = demo(tmp.resolve("b"), PASSING, 24.1, false);
        return ProofRunner.selectDirectory(failing).select(selectDirectory(passing.toFile())).run(tmp.resolve("out"));
    }

    @Test
    void eachCheckReachesAllureWithItsLabelsParametersLinkAndEvidence() throws Exception {
        runBothUnits();
        AllureResults allure = new AllureResults(results);

        JsonNode latency = allure.of(PASSING, "DEMO-01");
        assertThat(latency.path("status").asText()).isEqualTo("passed");
        assertThat(latency.path("name").asText()).isEqualTo("DEMO-01 Latency: p99 <= 500ms");
        assertThat(AllureResults.label(latency, "epic")).isEqualTo("DEMO Proof");
        assertThat(AllureResults.label(latency, "feature")).isEqualTo("Inputs");
        assertThat(AllureResults.label(latency, "story")).isEqualTo("DEMO-01");
        assertThat(AllureResults.label(latency, "severity")).isEqualTo("normal");
        assertThat(AllureResults.label(latency, "suite")).isEqualTo("DEMO Proof");
        assertThat(AllureResults.label(latency, "subSuite")).isEqualTo("Inputs");
        assertThat(AllureResults.parameters(latency)).containsExactly(
                entry("measured", "24.1 ms"), entry("target", "<= 500 ms"));
        assertThat(latency.path("description").asText()).contains(
                "DEMO-01 Latency: p99 <= 500ms", "Target: <= 500 ms", "Detail: measured p99=24.1ms",
                "Source: demo.json /latency/p99_ms");

        Path evidence = tmp.resolve("b").resolve(PASSING).resolve("demo.json").toRealPath();
        JsonNode link = latency.path("links").get(0);
        assertThat(link.path("name").asText()).isEqualTo("evidence: demo.json");
        assertThat(Path.of(java.net.URI.create(link.path("url").asText()))).isEqualTo(evidence);

        JsonNode attachment = latency.path("attachments").get(0);
        assertThat(attachment.path("name").asText()).isEqualTo("demo.json");
        assertThat(attachment.path("type").asText()).isEqualTo("application/json");
        Path attached = allure.file(attachment.path("source").asText());
        assertThat(attached.getFileName().toString()).endsWith("-attachment.json");
        assertThat(Files.readString(attached)).isEqualTo(Files.readString(evidence));
    }

    @Test
    void eachReadinessTestCarriesTheRenderedProofReportAndTheSuitesCharts() throws Exception {
        ProofRunResult run = runBothUnits();
        AllureResults allure = new AllureResults(results);

        for (String unit : List.of(FAILING, PASSING)) {
            for (String level : List.of("PARTNER", "GA")) {
                JsonNode attachments = allure.of(unit, level).path("attachments");
                assertThat(attachments).as(unit + " " + level).hasSize(2);

                JsonNode report = attachments.get(0);
                assertThat(report.path("name").asText()).isEqualTo("demo-proof-report.txt");
                assertThat(report.path("type").asText()).isEqualTo("text/plain");
                Path text = allure.file(report.path("source").asText());
                assertThat(text.getFileName().toString()).endsWith("-attachment.txt");
                assertThat(Files.readString(text)).as("the report the listener wrote, byte for byte")
                        .isEqualTo(run.report(unit, "demo-proof-report.txt"));

                JsonNode chart = attachments.get(1);
                assertThat(chart.path("name").asText()).isEqualTo("demo-latency.png");
                assertThat(chart.path("type").asText()).isEqualTo("image/png");
                Path png = allure.file(chart.path("source").asText());
                assertThat(png.getFileName().toString()).endsWith("-attachment.png");
                assertThat(Files.size(png)).isPositive();
                assertThat(Files.readAllBytes(png))
                        .isEqualTo(Files.readAllBytes(tmp.resolve("out").resolve(unit).resolve("demo-latency.png")));
                BufferedImage image = ImageIO.read(png.toFile());
                assertThat(image.getWidth()).as("the demo chart is p99 pixels wide")
                        .isEqualTo(unit.equals(FAILING) ? 600 : 24);
            }
        }
        assertThat(Files.readString(allure.file(allure.of(FAILING, "PARTNER").path("attachments").get(0)
                .path("source").asText()))).contains("DEMO-01 FAIL", "Verdict: NOT READY");
        assertThat(allure.of(PASSING, "DEMO-01").path("attachments")).as("checks attach their evidence only")
                .extracting(a -> a.path("name").asText()).containsExactly("demo.json");
    }

    @Test
    void outcomesArriveAsPassedFailedAndSkippedAndGatingChecksAreCritical() {
        runBothUnits();
        AllureResults allure = new AllureResults(results);

        JsonNode missed = allure.of(FAILING, "DEMO-01");
        assertThat(missed.path("status").asText()).isEqualTo("failed");
        assertThat(AllureResults.message(missed)).contains("measured: 600.0 ms", "target:   <= 500 ms");
        assertThat(AllureResults.parameters(missed)).contains(entry("measured", "600.0 ms"));

        // PENDING is finished aborted, not skipped: Allure shows it skipped, and with every label.
        JsonNode pending = allure.of(FAILING, "DEMO-02");
        assertThat(pending.path("status").asText()).isEqualTo("skipped");
        assertThat(AllureResults.message(pending)).isEqualTo("PENDING: due on day 7");
        assertThat(AllureResults.label(pending, "epic")).isEqualTo("DEMO Proof");
        assertThat(AllureResults.label(pending, "feature")).isEqualTo("Check matrix");
        assertThat(AllureResults.label(pending, "severity")).isEqualTo("critical");
        assertThat(pending.path("attachments")).as("a check without a source attaches nothing").isEmpty();

        JsonNode summary = allure.of(FAILING, "DEMO-03");
        assertThat(summary.path("status").asText()).isEqualTo("failed");
        assertThat(AllureResults.label(summary, "severity")).isEqualTo("critical");

        JsonNode partner = allure.of(FAILING, "PARTNER");
        assertThat(partner.path("status").asText()).isEqualTo("failed");
        assertThat(AllureResults.label(partner, "feature")).isEqualTo("Readiness levels");
        assertThat(AllureResults.label(partner, "severity")).isEqualTo("critical");
        assertThat(partner.path("description").asText()).contains("Partner ready", "DEMO-01 and DEMO-03 pass (unmet)");
        assertThat(allure.of(PASSING, "PARTNER").path("status").asText()).isEqualTo("passed");

        JsonNode ga = allure.of(PASSING, "GA");
        assertThat(ga.path("status").asText()).isEqualTo("skipped");
        assertThat(AllureResults.label(ga, "story")).isEqualTo("GA");
        assertThat(AllureResults.label(ga, "epic")).isEqualTo("DEMO Proof");

        assertThat(allure.all()).as("five tests per unit, nothing else").hasSize(10);
    }

    @Test
    void categoriesSortTheRealFailuresOfTheRun() throws Exception {
        runBothUnits();
        AllureResults allure = new AllureResults(results);
        JsonNode categories = AllureResults.JSON.readTree(allure.file("categories.json").toFile());

        assertThat(categoriesOf(categories, allure.of(FAILING, "DEMO-01"))).containsExactly("Target missed");
        assertThat(categoriesOf(categories, allure.of(FAILING, "DEMO-02"))).containsExactly("Pending checks");
        assertThat(categoriesOf(categories, allure.of(FAILING, "DEMO-03"))).containsExactly("Target missed");
        assertThat(categoriesOf(categories, allure.of(FAILING, "PARTNER"))).containsExactly("Readiness level not reached");
        assertThat(categoriesOf(categories, allure.of(FAILING, "GA"))).containsExactly("Readiness level not reached");
        assertThat(categoriesOf(categories, allure.of(PASSING, "DEMO-01"))).isEmpty();
    }

    @Test
    void aLevelReachedOnAnApprovedExceptionIsFiledApartAndLinksEachApprovalsReference() throws Exception {
        Path passing = demo(tmp.resolve("b"), PASSING, 24.1, false);
        ApprovalsFixture.approvals()
                .attested("DEMO", "GA-2", "audited by Example Sec", "ciso", "2026-03-01", "https://t/SEC-2")
                .exception("DEMO", "GA-3", "unit test accepted", "security-lead", "2026-03-01", "2026-06-30",
                        "https://t/SEC-7")
                .writeTo(passing);
        ProofRunner.selectDirectory(passing).run(tmp.resolve("out"));
        AllureResults allure = new AllureResults(results);
        JsonNode categories = AllureResults.JSON.readTree(allure.file("categories.json").toFile());

        JsonNode ga = allure.of(PASSING, "GA");
        assertThat(ga.path("status").asText()).isEqualTo("passed");
        assertThat(AllureResults.message(ga)).isEqualTo("READY with 1 approved exception:\n"
                + "  - GA-3 exception by security-lead until 2026-06-30 (https://t/SEC-7)");
        assertThat(categoriesOf(categories, ga)).containsExactly("Readiness reached by approved exception");
        assertThat(ga.path("links")).extracting(l -> l.path("name").asText() + " -> " + l.path("url").asText())
                .containsExactly("approval GA-2 (attested by ciso) -> https://t/SEC-2",
                        "approval GA-3 (exception by security-lead) -> https://t/SEC-7");
        assertThat(ga.path("description").asText()).contains(
                "- External security audit (met) — GA-2 attested by ciso (https://t/SEC-2)");
        JsonNode partner = allure.of(PASSING, "PARTNER");
        assertThat(partner.path("status").asText()).isEqualTo("passed");
        assertThat(categoriesOf(categories, partner)).as("a plain pass stays uncategorised").isEmpty();
    }

    @Test
    void missingAndMalformedEvidenceAreCategorisedFromTheEnginesOwnMessages() throws Exception {
        Path missing = Files.createDirectories(tmp.resolve("a").resolve(FAILING));
        Path malformed = tmp.resolve("b").resolve(PASSING);
        JsonFixtures.writeText(malformed.resolve("demo.json"), "{\"generated_at\": \"2026-03-23T10:15:02Z\", \"latency\": {\"p99_ms\": 1, \"samples\": \"twenty\"}}");
        ProofRunner.selectDirectory(missing).select(selectDirectory(malformed.toFile())).run(tmp.resolve("out"));
        AllureResults allure = new AllureResults(results);
        JsonNode categories = AllureResults.JSON.readTree(allure.file("categories.json").toFile());

        JsonNode absent = allure.of(FAILING, "DEMO-01");
        assertThat(AllureResults.message(absent)).contains("demo.json not found");
        assertThat(categoriesOf(categories, absent)).containsExactly("Missing evidence");
        assertThat(absent.path("links")).as("no file, no link").isEmpty();

        JsonNode mismatch = allure.of(PASSING, "DEMO-01");
        assertThat(AllureResults.message(mismatch)).contains("demo.json: /latency/samples must be an integer");
        assertThat(categoriesOf(categories, mismatch)).containsExactly("Schema mismatch");
        assertThat(mismatch.path("attachments").get(0).path("name").asText())
                .as("the malformed evidence is attached as read").isEqualTo("demo.json");
    }

    @Test
    void theRunWritesEnvironmentExecutorAndCategoriesIntoTheResultsDirectory() throws Exception {
        runBothUnits();

        Properties environment = new Properties();
        try (Reader in = Files.newBufferedReader(results.resolve("environment.properties"), StandardCharsets.UTF_8)) {
            environment.load(in);
        }
        assertThat(environment).containsEntry("proof.suites", "DEMO Proof")
                .containsEntry("proof.suite.ids", "DEMO")
                .containsEntry("proof.clock", "2026-03-23T12:00:00Z")
                .containsEntry("proof.clock.source", "proof.clock")
                .containsEntry("DEMO.Backend", "demo store (in memory)")
                .containsEntry("DEMO.Topology", "one node");
        assertThat(environment.getProperty("proof.evidence")).contains(FAILING, PASSING);

        JsonNode executor = AllureResults.JSON.readTree(results.resolve("executor.json").toFile());
        assertThat(executor.path("name").asText()).isEqualTo("junit-proof");
        assertThat(executor.path("buildName").asText()).contains("DEMO Proof", FAILING, "2026-03-23T12:00:00Z");

        try (InputStream shipped = getClass().getResourceAsStream("/categories.json")) {
            assertThat(Files.readAllBytes(results.resolve("categories.json"))).isEqualTo(shipped.readAllBytes());
        }
    }

    @Test
    void underAnAnchorClassTheEnvironmentStillNamesTheEvidenceAndChecksKeepTheirLabels() throws Exception {
        // Under an anchor the suite run's source names its Surefire report; the evidence is its parent's source.
        demo(tmp.resolve("root"), PASSING, 24.1, false);
        ProofRunner.selectClass(AnchoredAllureProof.class)
                .config("proof.evidence", tmp.resolve("root").toString())
                .run(tmp.resolve("out"));

        Properties environment = new Properties();
        try (Reader in = Files.newBufferedReader(results.resolve("environment.properties"), StandardCharsets.UTF_8)) {
            environment.load(in);
        }
        assertThat(environment.getProperty("proof.evidence")).endsWith(PASSING);
        JsonNode latency = new AllureResults(results).of(PASSING, "DEMO-01");
        assertThat(latency.path("status").asText()).isEqualTo("passed");
        assertThat(AllureResults.label(latency, "epic")).isEqualTo("DEMO Proof");
        assertThat(AllureResults.label(latency, "story")).isEqualTo("DEMO-01");
        assertThat(latency.path("attachments").get(0).path("name").asText()).isEqualTo("demo.json");
    }

    @Test
    void theShippedAllurePropertiesPutResultsUnderTarget() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/allure.properties")) {
            properties.load(in);
        }
        assertThat(properties).containsEntry("allure.results.directory", "target/allure-results");
    }

    private static List<String> categoriesOf(JsonNode categories, JsonNode result) {
        return AllureResults.categories(categories, result.path("status").asText(), AllureResults.message(result));
    }
}
