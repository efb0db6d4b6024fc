package dev.junitproof.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of each JSON pointer in a file, so a check's {@code FileSource} opens the evidence at the field it
 * read. Computed with a streaming pass over the bytes already read; no tree.
 */
final class JsonPointerLines {

    private final Map<String, Integer> lines;

    private JsonPointerLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static JsonPointerLines of(JsonParsing parsing, byte[] utf8) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = parsing.streamingParser(new java.io.ByteArrayInputStream(utf8))) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                // For a value (or the start of a container) the parent context holds its name or index.
                var context = token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
                String pointer = pointer(context) + childSegment(parser, token);
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException | RuntimeException unparsable) {
            // Locating lines is a convenience for the IDE; the file's validity is judged elsewhere.
        }
        return new JsonPointerLines(lines);
    }

    private static String childSegment(JsonParser parser, JsonToken token) {
        var context = token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
        if (context == null || context.inRoot()) {
            return "";
        }
        if (context.inArray()) {
            return "/" + context.getCurrentIndex();
        }
        return "/" + JsonParsing.escape(String.valueOf(context.getCurrentName()));
    }

    private static String pointer(com.fasterxml.jackson.core.JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        com.fasterxml.jackson.core.JsonStreamContext parent = context.getParent();
        while (parent != null && !parent.inRoot()) {
            sb.insert(0, parent.inArray() ? "/" + parent.getCurrentIndex()
                    : "/" + JsonParsing.escape(String.valueOf(parent.getCurrentName())));
            parent = parent.getParent();
        }
        return sb.toString();
    }

    /** The line of a pointer, or of its nearest located ancestor; 1 when nothing is known. */
    int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return 1;
            }
            p = p.substring(0, slash);
        }
    }
}
