package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An evidence field no check judges, declared by the suite that reads it, with the reason: evidence mutation
 * testing (a test that changes every field of good evidence and expects an outcome to change) leaves such fields
 * apart, and the README lists them. Anything a suite reads and does not declare here must decide an outcome.
 *
 * @param file    the evidence file, relative to the unit; {@code *} matches within one path segment
 *                ({@code rounds/r*.json})
 * @param pointer the JSON pointer of the field; {@code *} matches one segment ({@code /tiers/*}{@code /plans_per_sec}),
 *                a trailing {@code /**} the field and everything under it
 * @param reason  why no outcome depends on it (e.g. "the seed prints throughput as informational")
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record InformationalField(String file, String pointer, String reason) {

    public InformationalField {
        if (file == null || file.isBlank() || pointer == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an informational field needs a file, a pointer and a reason");
        }
    }

    /** Whether a field of a file is this declaration's. */
    public boolean covers(String evidenceFile, String fieldPointer) {
        return glob(file, "[^/]*").matcher(evidenceFile).matches() && pointerPattern().matcher(fieldPointer).matches();
    }

    private Pattern pointerPattern() {
        if (pointer.endsWith("/**")) {
            String prefix = pointer.substring(0, pointer.length() - 3);
            return Pattern.compile(glob(prefix, "[^/]*").pattern() + "(/.*)?");
        }
        return glob(pointer, "[^/]*");
    }

    private static Pattern glob(String text, String star) {
        StringBuilder regex = new StringBuilder();
        String[] parts = text.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(star);
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
