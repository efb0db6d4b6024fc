package dev.junitproof.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads an Allure results directory the way the report generator does: results, labels, categories. */
final class AllureResults {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final List<JsonNode> results;

    AllureResults(Path dir) {
        this.dir = dir;
        try (Stream<Path> files = Files.list(dir)) {
            List<JsonNode> read = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                read.add(JSON.readTree(file.toFile()));
            }
            this.results = read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonNode> all() {
        return results;
    }

    /** The result of a check or level (its story label) in an evidence unit (its parentSuite label). */
    JsonNode of(String unit, String story) {
        return results.stream().filter(r -> unit.equals(label(r, "parentSuite")) && story.equals(label(r, "story")))
                .findFirst().orElseThrow(() -> new NoSuchElementException("no result for " + unit + " " + story));
    }

    static String label(JsonNode result, String name) {
        for (JsonNode label : result.path("labels")) {
            if (name.equals(label.path("name").asText())) {
                return label.path("value").asText();
            }
        }
        return null;
    }

    static Map<String, String> parameters(JsonNode result) {
        Map<String, String> parameters = new LinkedHashMap<>();
        result.path("parameters").forEach(p -> parameters.put(p.path("name").asText(), p.path("value").asText()));
        return parameters;
    }

    static String message(JsonNode result) {
        return result.path("statusDetails").path("message").asText("");
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /**
     * The categories a result falls into, as Allure 2 decides it: every category whose statuses contain the
     * result's status and whose {@code messageRegex} matches the whole message.
     */
    static List<String> categories(JsonNode categories, String status, String message) {
        List<String> names = new ArrayList<>();
        for (JsonNode category : categories) {
            boolean statusMatches = false;
            for (JsonNode s : category.path("matchedStatuses")) {
                statusMatches |= s.asText().equals(status);
            }
            String regex = category.path("messageRegex").asText(null);
            boolean messageMatches = regex == null || Pattern.compile(regex, Pattern.DOTALL).matcher(message).matches();
            if (statusMatches && messageMatches) {
                names.add(category.path("name").asText());
            }
        }
        return names;
    }
}
