package dev.junitproof.engine;

import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.suite.BinaryReportFile;
import dev.junitproof.api.suite.SuiteProof;

import java.io.PrintStream;
import java.util.List;

/**
 * Asks a suite for its charts. A chart is a picture of the proof, never part of it: whatever drawing throws
 * (a suite bug, a machine without fonts, where Java2D throws errors rather than exceptions) leaves the charts out
 * with a warning, and the reports, the verdict and every test stand.
 */
final class SuiteCharts {

    private SuiteCharts() {
    }

    static List<BinaryReportFile> of(String suiteId, SuiteProof proof, ProofResult result, PrintStream err) {
        try {
            List<BinaryReportFile> charts = proof.charts(result);
            return charts == null ? List.of() : List.copyOf(charts);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof InternalError)) {
                // Out of memory or stack: not the chart's problem to hide. (InternalError is how a JDK without
                // fontconfig fails to draw text, so that one is a chart that cannot be drawn.)
                throw e;
            }
            err.println("[proof] " + suiteId + " charts skipped (the reports stand): " + e);
            return List.of();
        }
    }
}
