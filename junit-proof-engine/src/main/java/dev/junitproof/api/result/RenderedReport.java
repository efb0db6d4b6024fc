package dev.junitproof.api.result;

import dev.junitproof.api.suite.BinaryReportFile;
import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A suite run's report as a reader sees it while the run is still going: the text report, rendered from the
 * memoized check outcomes exactly as the report listener renders it when the run ends, and the suite's charts.
 * Handed to observers with each readiness level so a report tool can attach it to the readiness tests.
 *
 * @param textName the text report's file name, e.g. {@code val25-proof-report.txt}
 * @param text     the text report
 * @param charts   the suite's charts (none when the suite draws none, or none could be drawn)
 */
@API(status = STABLE, since = "0.1")
public record RenderedReport(String textName, String text, List<BinaryReportFile> charts) {

    public RenderedReport {
        charts = List.copyOf(charts);
    }
}
