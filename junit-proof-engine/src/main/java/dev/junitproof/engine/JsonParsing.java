package dev.junitproof.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's one Jackson configuration for evidence: strict (duplicate keys, trailing tokens, NaN and
 * Infinity are errors), bounded (nesting depth, number and string length), and exact about numbers (floats are
 * read as BigDecimal so a value that does not fit a double, like 1e400, is caught instead of becoming Infinity).
 */
final class JsonParsing {

    /**
     * One configuration per set of limits for the whole JVM: a mapper is costly to build and caches what it learns
     * about each record type, so a run over 1,000 evidence units must not build 1,000 of them.
     */
    private static final Map<ReadLimits, JsonParsing> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    private final ObjectMapper mapper;
    private final ObjectMapper binder;

    static JsonParsing forLimits(ReadLimits limits) {
        return SHARED.computeIfAbsent(limits, JsonParsing::new);
    }

    private JsonParsing(ReadLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth())
                        .maxNumberLength(400)
                        .maxStringLength(16 * 1024 * 1024)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        this.binder = JsonMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    JsonNode parse(String text) throws java.io.IOException {
        return mapper.readTree(text);
    }

    JsonParser streamingParser(java.io.InputStream in) throws java.io.IOException {
        return mapper.getFactory().createParser(in);
    }

    ObjectMapper binder() {
        return binder;
    }

    /** The JSON pointer of the first number that does not fit a double, if any. */
    static Optional<String> firstNonFiniteNumber(JsonNode node, String pointer) {
        if (node.isBigDecimal() || node.isBigInteger()) {
            BigDecimal value = node.decimalValue();
            if (Double.isInfinite(value.doubleValue())) {
                return Optional.of(pointer);
            }
        } else if (node.isDouble() || node.isFloat()) {
            if (!Double.isFinite(node.doubleValue())) {
                return Optional.of(pointer);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Optional<String> found = firstNonFiniteNumber(field.getValue(), pointer + "/" + escape(field.getKey()));
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = firstNonFiniteNumber(node.get(i), pointer + "/" + i);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
