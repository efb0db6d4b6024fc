package dev.junitproof.engine;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

class SuiteEngineTest {

    @Test
    void aSuiteClassIncludingTheProofEngineRunsItsChecks() {
        EngineTestKit.engine("junit-platform-suite")
                .selectors(selectClass(DemoProofSuite.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.dynamicallyRegistered(5).succeeded(4).aborted(1).failed(0));
    }
}
