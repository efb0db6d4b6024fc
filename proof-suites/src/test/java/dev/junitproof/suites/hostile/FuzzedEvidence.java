package dev.junitproof.suites.hostile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The properties every evidence fuzz target checks after a run on fuzzed bytes, and the independent oracle they
 * are judged by. A finding is any of: an exception escaping the engine or a suite (a container that did not
 * succeed), a check that failed because it threw something other than an assertion (it could not evaluate the
 * evidence it was given), a test neither passed, failed nor aborted, a report file missing or torn, or bytes
 * the oracle cannot read as a JSON object giving anything but the suite's exact "file unreadable" outcome.
 */
public final class FuzzedEvidence {

    /**
     * Stricter than, and independent of, the engine's parser setup: strict UTF-8 (one leading BOM tolerated,
     * as the contract allows), duplicate keys and trailing tokens refused, no NaN. It may accept what the engine
     * refuses (1e400, deeper nesting than the engine's limit), never the other way round for this property.
     */
    private static final ObjectMapper ORACLE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private FuzzedEvidence() {
    }

    /** Whether the bytes are one complete JSON object in UTF-8, by the oracle's rules. */
    public static boolean isJsonObject(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (JsonParser parser = ORACLE.createParser(text)) {
            JsonNode tree = ORACLE.readTree(parser);
            return tree != null && tree.isObject();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** No exception escaped, every test ended PASSED, FAILED or ABORTED, and each failure is an assertion. */
    public static void noCrash(ProofRunResult run, String suiteId) {
        assertThat(run.unsuccessfulContainers()).as("containers that did not succeed").isEmpty();
        Map<String, Shown> tests = run.tests(suiteId);
        assertThat(tests).as("tests of " + suiteId).isNotEmpty();
        tests.forEach((id, shown) -> {
            assertThat(shown).as(id).isIn(Shown.PASSED, Shown.FAILED, Shown.ABORTED);
            if (shown == Shown.FAILED) {
                for (Throwable t = run.throwable(id).orElseThrow(); t != null; t = t.getCause()) {
                    if (!(t instanceof AssertionError)) {
                        throw new AssertionError(id + " could not evaluate the evidence: " + t, t);
                    }
                }
            }
        });
    }

    /**
     * The whole property of one run: no crash, the reports complete, and, when the oracle cannot read the bytes
     * as a JSON object, exactly the outcome of that file being unreadable (so nothing that needs it passes).
     */
    public static void check(ProofRunResult run, String suiteId, byte[] fuzzed, Map<String, Shown> unreadable,
            String unitName, String... reports) {
        noCrash(run, suiteId);
        Hostile.reportsWritten(run, unitName, reports);
        if (!isJsonObject(fuzzed)) {
            assertThat(run.tests(suiteId)).as("outcome of bytes that are no JSON object")
                    .containsExactlyInAnyOrderEntriesOf(unreadable);
        }
    }

    /** Removes a directory tree if present (the previous execution's reports), so each run must write its own. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
