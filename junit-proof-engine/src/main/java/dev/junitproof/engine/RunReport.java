package dev.junitproof.engine;

import dev.junitproof.api.result.ProofResult;
import org.apiguardian.api.API;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One suite run as its reports were written, for a caller in the same JVM that shows it its own way (the command
 * line's compact summary): the run's one result, every check's title, where the text report went, and what could
 * not be written.
 *
 * @param textReport the text report written, when its report set was
 * @param failures   files not written (they fail the run), each naming the file
 * @param warnings   charts skipped and the like, as printed
 */
@API(status = INTERNAL, since = "0.1")
public record RunReport(String suiteId, String suiteTitle, String unitName, ProofResult result,
        Map<String, String> checkTitles, Optional<Path> textReport, List<String> failures, String warnings) {

    public RunReport {
        checkTitles = Map.copyOf(checkTitles);
        failures = List.copyOf(failures);
    }
}
