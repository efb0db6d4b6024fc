package dev.junitproof.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema validation of evidence with the networknt validator. Schemas are class-path resources of the
 * suites, loaded once per JVM. A violation is turned into one sentence naming the JSON pointer, e.g.
 * {@code /plan_create/p99_ms must be a number, found string}.
 */
final class SchemaValidation {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    private static final ConcurrentHashMap<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaValidation() {
    }

    /** The first violation (ordered by pointer, so the same file always names the same field), if any. */
    static Optional<String> firstViolation(String schemaResource, JsonNode tree) {
        Set<ValidationMessage> messages = schema(schemaResource).validate(tree);
        return messages.stream()
                .min(Comparator.comparing((ValidationMessage m) -> pointerOf(m))
                        .thenComparing(ValidationMessage::getMessage))
                .map(SchemaValidation::sentence);
    }

    private static JsonSchema schema(String resource) {
        return SCHEMAS.computeIfAbsent(resource, r -> {
            try (InputStream in = SchemaValidation.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("schema " + r + " is not on the class path");
                }
                return FACTORY.getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema " + r, e);
            }
        });
    }

    private static String pointerOf(ValidationMessage m) {
        String location = m.getInstanceLocation() == null ? "" : m.getInstanceLocation().toString();
        if ("required".equals(m.getType()) && m.getProperty() != null) {
            location = location + "/" + JsonParsing.escape(m.getProperty());
        }
        return location.isEmpty() ? "/" : location;
    }

    static String sentence(ValidationMessage m) {
        String pointer = pointerOf(m);
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        switch (String.valueOf(m.getType())) {
            case "type":
                if (args.length >= 2) {
                    return pointer + " must be " + article(String.valueOf(args[1])) + ", found " + args[0];
                }
                break;
            case "required":
                return pointer + " is required but absent";
            case "format":
                // The validator's own sentence ("does not match the date-time pattern must be a valid RFC 3339
                // date-time") says two things at once; one, with the value, is what a lab engineer needs.
                if ("date-time".equals(args.length > 0 ? String.valueOf(args[0]) : "")) {
                    return pointer + " must be an RFC 3339 date-time with an offset (e.g. 2026-03-23T10:15:02Z), found "
                            + m.getInstanceNode();
                }
                if (args.length > 0) {
                    return pointer + " must be " + article(String.valueOf(args[0])) + ", found " + m.getInstanceNode();
                }
                break;
            default:
                break;
        }
        // The validator's own message starts with the location; keep ours in front and drop its copy.
        String message = m.getMessage();
        int colon = message.indexOf(": ");
        String text = colon >= 0 ? message.substring(colon + 2) : message;
        return pointer + " " + text;
    }

    private static String article(String type) {
        String t = type.replace("[", "").replace("]", "").replace("\"", "");
        return (t.startsWith("a") || t.startsWith("i") || t.startsWith("o") ? "an " : "a ") + t;
    }
}
