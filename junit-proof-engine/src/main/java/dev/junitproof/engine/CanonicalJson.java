package dev.junitproof.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.OutputStream;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The one way proof reports are written as JSON: two-space indent, {@code "key": value}, LF line endings and a
 * trailing newline, so the same tree gives the same bytes on every platform. Suites that write documents of
 * their own (e.g. per-day files) use it too, so every report file of a run reads alike.
 */
@API(status = INTERNAL, since = "0.1")
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CanonicalJson() {
    }

    public static String render(JsonNode tree) {
        try {
            return MAPPER.writer(printer()).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * Writes the same bytes as {@link #render} (UTF-8) to a stream, without holding the text: a year-long soak's
     * report lists 200,000 evidence files, tens of megabytes as one string.
     */
    public static void write(JsonNode tree, OutputStream out) throws IOException {
        MAPPER.writer(printer()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, tree);
        out.write('\n');
    }

    private static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }
}
