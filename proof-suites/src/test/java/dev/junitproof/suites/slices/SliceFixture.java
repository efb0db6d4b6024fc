package dev.junitproof.suites.slices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.JsonFixtures;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of the fixture generators for slice-consolidating suites: a set of slice reports in the contract's
 * envelope, each field variable in one line by JSON pointer. Subclasses fill in the seed's sample figures.
 */
public abstract class SliceFixture<F extends SliceFixture<F>> {

    private final Map<String, ObjectNode> reports = new LinkedHashMap<>();
    private final Map<String, String> rawText = new LinkedHashMap<>();

    protected abstract F self();

    /** Starts a slice report: envelope with {@code names.size()} checks, all PASS. */
    protected ObjectNode report(String val, String title, String generatedAt, List<String> names) {
        ObjectNode report = JsonFixtures.object();
        report.put("val", val);
        report.put("title", title);
        report.put("generated_at", generatedAt);
        ArrayNode checks = report.putArray("checks");
        for (int i = 0; i < names.size(); i++) {
            ObjectNode check = checks.addObject();
            check.put("id", String.format("%s-%02d", val, i + 1));
            check.put("name", names.get(i));
            check.put("result", "PASS");
            check.put("detail", "");
        }
        reports.put(val, report);
        return report;
    }

    /** Sets a field by JSON pointer (numbers, strings, booleans, null, or a tree). */
    public F set(String val, String pointer, Object value) {
        JsonNode node = value == null ? JsonNodeFactory.instance.nullNode()
                : value instanceof JsonNode json ? json : JsonFixtures.MAPPER.valueToTree(value);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = reports.get(val).at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), node);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
        return self();
    }

    public F remove(String val, String pointer) {
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) reports.get(val).at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
        return self();
    }

    /** The slice's report is not in the directory. */
    public F without(String val) {
        reports.remove(val);
        return self();
    }

    /** The slice's report file holds exactly this text (not valid JSON, say). */
    public F rawText(String val, String text) {
        reports.remove(val);
        rawText.put(val, text);
        return self();
    }

    /** Check n of the slice recorded FAIL by the lab. */
    public F failCheck(String val, int n) {
        return set(val, "/checks/" + (n - 1) + "/result", "FAIL");
    }

    /** Only the first {@code count} checks recorded (a truncated run). */
    public F truncateChecks(String val, int count) {
        ArrayNode checks = (ArrayNode) reports.get(val).path("checks");
        while (checks.size() > count) {
            checks.remove(checks.size() - 1);
        }
        return self();
    }

    /** Check {@code from}'s id replaced by check {@code to}'s (a duplicated id, one id missing). */
    public F duplicateCheckId(String val, int from, int to) {
        return set(val, "/checks/" + (from - 1) + "/id", String.format("%s-%02d", val, to));
    }

    public F generatedAt(String val, String timestamp) {
        return set(val, "/generated_at", timestamp);
    }

    /** Writes {@code <root>/<unit>/valNN-report.json} for every slice and returns the unit directory. */
    protected Path writeTo(Path root, String unit) {
        Path dir = root.resolve(unit);
        reports.forEach((val, json) -> JsonFixtures.write(dir.resolve(val.toLowerCase() + "-report.json"), json));
        rawText.forEach((val, text) -> JsonFixtures.writeText(dir.resolve(val.toLowerCase() + "-report.json"), text));
        return dir;
    }
}
