package dev.junitproof.engine;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

/**
 * The run's configuration is checked before anything is proved: a value that cannot be used is a discovery error
 * (the engine runs nothing and fails, naming key, value and what is accepted), an unknown {@code proof.*} key a
 * warning naming the closest known one; suites declare their own keys.
 */
class ConfigurationCheckTest {

    @TempDir
    Path tmp;

    private EngineDiscoveryResults discover(String key, String value) {
        Path unit = DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");
        return EngineTestKit.discover("proof", LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(unit.toFile())).configurationParameter(key, value).build());
    }

    @Test
    void aValueThatCannotBeUsedIsADiscoveryErrorNamingKeyValueAndWhatIsAccepted() {
        EngineDiscoveryResults results = discover("proof.max-file-bytes", "64MiB");

        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.ERROR);
            assertThat(issue.message()).isEqualTo(
                    "configuration parameter proof.max-file-bytes=64MiB cannot be used: it must be a whole number >= 1");
        });
    }

    @Test
    void anUnusableValueMakesTheRunFailWithoutProvingAnything() {
        Path unit = DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");

        ProofRunResult result = ProofRunner.selectDirectory(unit).config("proof.discover", "everything").run(tmp.resolve("out"));

        assertThat(result.tests()).isEmpty();
        assertThat(result.unsuccessfulContainers()).singleElement().asString()
                .contains("[engine:proof]", "proof.discover=everything cannot be used: it must be one of newest, all");
    }

    @Test
    void anUnknownProofKeyIsAWarningNamingTheClosestKnownKey() {
        EngineDiscoveryResults results = discover("proof.evidnce", "/data/lab");

        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.message()).isEqualTo(
                    "unknown configuration parameter proof.evidnce (did you mean proof.evidence?): it is ignored");
        });
    }

    @Test
    void aSuitesOwnSettingIsKnownAndChecked() {
        assertThat(discover("proof.demo.daily", "3").getDiscoveryIssues()).isEmpty();
        assertThat(discover("proof.demo.daily", "three").getDiscoveryIssues()).singleElement()
                .extracting(DiscoveryIssue::message)
                .isEqualTo("configuration parameter proof.demo.daily=three cannot be used: it must be a whole number >= 0");
    }

    @Test
    void systemPropertiesAreCheckedForUnknownKeysToo() {
        Properties system = new Properties();
        system.setProperty("proof.output.dri", "target/x");

        assertThat(ConfigurationCheck.check(ProofConfiguration.of(key -> java.util.Optional.empty()).parameters(),
                SuiteCatalog.load(), system))
                .singleElement().extracting(DiscoveryIssue::message)
                .isEqualTo("unknown configuration parameter proof.output.dri (did you mean proof.output.dir?): it is ignored");
    }

    @Test
    void theParallelExecutorsSettingsAndOtherEnginesKeysAreLeftAlone() {
        assertThat(discover("proof.execution.parallel.config.strategy", "fixed").getDiscoveryIssues()).isEmpty();
        assertThat(discover("junit.jupiter.anything", "x").getDiscoveryIssues()).isEmpty();
    }
}
