package dev.junitproof.suites.val24;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code peer-received.json}, the peer's cumulative receipt list: {@code {"received": [{"id", "received_at"}]}}.
 * It grows to every segment of the soak, so it is read with Jackson's streaming parser and only the ids are
 * kept (as bits); the file is checked field by field as a schema would, naming the JSON pointer of a violation.
 *
 * @param ids        every id the peer received, once
 * @param receipts   how many receipt entries the file holds (duplicates included)
 * @param duplicates ids received more than once: how many extra receipts
 * @param duplicateExamples the first few duplicated ids, for the report
 */
record PeerReceipts(SegmentIdSet ids, long receipts, long duplicates, List<String> duplicateExamples) {

    static final String FILE = "peer-received.json";
    static final int EXAMPLES = 5;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Streams the receipt list; a file that is absent or breaks the contract is MISSING with the pointer. */
    static Loaded<PeerReceipts> read(EvidenceReader reader, String file) {
        Collector collector = new Collector();
        Loaded<Long> streamed = reader.stream(file, collector::parse);
        return streamed.map(bytes -> collector.result());
    }

    /** Builds the receipt list while the parser walks the file; never holds a tree. */
    private static final class Collector {
        private final SegmentIdSet ids = new SegmentIdSet();
        private final List<String> duplicateExamples = new ArrayList<>();
        private long receipts;
        private long duplicates;
        private boolean sawReceived;

        void parse(InputStream in) throws IOException {
            try (JsonParser parser = JSON.createParser(in)) {
                expect(parser.nextToken(), JsonToken.START_OBJECT, "the top level must be a JSON object");
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("received".equals(field)) {
                        expect(value, JsonToken.START_ARRAY, "/received must be an array");
                        sawReceived = true;
                        readEntries(parser);
                    } else {
                        parser.skipChildren();
                    }
                }
                if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                    throw new IOException("content after the top-level object");
                }
                if (!sawReceived) {
                    throw new IOException("/received is required but absent");
                }
            }
        }

        private void readEntries(JsonParser parser) throws IOException {
            long index = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                // Messages name the entry's pointer; built only when one is needed (a year-long soak has 175,200).
                long entry = index;
                expect(token, JsonToken.START_OBJECT, () -> at(entry) + " must be an object");
                String id = null;
                String receivedAt = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("id".equals(field)) {
                        expect(value, JsonToken.VALUE_STRING, () -> at(entry) + "/id must be a string");
                        id = parser.getText();
                    } else if ("received_at".equals(field)) {
                        expect(value, JsonToken.VALUE_STRING, () -> at(entry) + "/received_at must be a string");
                        receivedAt = parser.getText();
                    } else {
                        parser.skipChildren();
                    }
                }
                if (id == null || id.isEmpty()) {
                    throw new IOException(at(entry) + "/id is required but absent");
                }
                if (receivedAt == null) {
                    throw new IOException(at(entry) + "/received_at is required but absent");
                }
                requireTimestamp(receivedAt, entry);
                receipts++;
                if (!ids.add(id)) {
                    duplicates++;
                    if (duplicateExamples.size() < EXAMPLES) {
                        duplicateExamples.add(id);
                    }
                }
                index++;
            }
        }

        PeerReceipts result() {
            return new PeerReceipts(ids, receipts, duplicates, List.copyOf(duplicateExamples));
        }

        private static String at(long entry) {
            return "/received/" + entry;
        }

        private static void expect(JsonToken actual, JsonToken expected, String message) throws IOException {
            expect(actual, expected, () -> message);
        }

        private static void expect(JsonToken actual, JsonToken expected, java.util.function.Supplier<String> message)
                throws IOException {
            if (actual != expected) {
                throw new IOException(message.get() + (actual == null ? ", found the end of the file" : ", found " + describe(actual)));
            }
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case START_OBJECT -> "object";
                case START_ARRAY -> "array";
                case VALUE_STRING -> "string";
                case VALUE_NUMBER_INT -> "integer";
                case VALUE_NUMBER_FLOAT -> "number";
                case VALUE_TRUE, VALUE_FALSE -> "boolean";
                case VALUE_NULL -> "null";
                default -> token.name().toLowerCase(java.util.Locale.ROOT);
            };
        }

        /** The contract's timestamp rule: ISO-8601 with Z or an explicit offset. */
        private static void requireTimestamp(String text, long entry) throws IOException {
            if (!OffsetTimestamps.valid(text)) {
                throw new IOException(at(entry) + "/received_at must be an ISO-8601 timestamp with an offset, found \""
                        + text + "\"");
            }
        }
    }
}
