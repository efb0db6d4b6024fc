package dev.junitproof.engine;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/** A consumer's other way in: a JUnit suite class that runs the proof engine on a directory. */
@Suite
@IncludeEngines("proof")
@SelectDirectories("src/test/resources/suite-evidence")
@ConfigurationParameter(key = "proof.output.dir", value = "target/proof-reports-suite")
@ConfigurationParameter(key = "proof.report.print", value = "false")
public class DemoProofSuite {
}
