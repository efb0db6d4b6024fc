package dev.junitproof.allure;

import dev.junitproof.api.result.RenderedReport;
import dev.junitproof.api.suite.BinaryReportFile;
import io.qameta.allure.Allure;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.util.PropertiesUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Every call into the Allure Java API, in one class (the Allure 3 Java API renames them; this is the one place to
 * change). Loaded only after {@link #available()} said Allure is on the class path. The calls attach to the
 * test Allure's launcher listener started on this thread, so they must run between the test's start and finish.
 */
final class AllureAdapter {

    /** Larger evidence is linked, not attached: a report stays small enough to open in a browser. */
    static final long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;

    private static final String ALLURE_CLASS = "io.qameta.allure.Allure";

    private AllureAdapter() {
    }

    /** Whether the Allure Java API is on the class path, asked without loading this class's Allure references. */
    static boolean available() {
        try {
            Class.forName(ALLURE_CLASS, false, AllureAdapter.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /** Labels, description, parameters, link and attachment of the test running on this thread. */
    static void report(AllureFacts facts) {
        Allure.epic(facts.epic());
        Allure.feature(facts.feature());
        Allure.story(facts.story());
        Allure.label("severity", facts.critical() ? "critical" : "normal");
        // The Suites tab: evidence unit > suite > slice or matrix.
        Allure.label("parentSuite", facts.parentSuite());
        Allure.suite(facts.epic());
        Allure.label("subSuite", facts.feature());
        Allure.description(facts.description());
        for (Map.Entry<String, String> p : facts.parameters().entrySet()) {
            // Excluded: a measured value changes from run to run and must not make a new test of the same check.
            Allure.parameter(p.getKey(), p.getValue(), true);
        }
        if (facts.evidenceFile().isPresent()) {
            Path file = facts.evidenceFile().get();
            Allure.link("evidence: " + facts.evidenceName(), file.toUri().toString());
            attach(facts.evidenceName(), file);
        }
        for (Map.Entry<String, String> link : facts.links().entrySet()) {
            Allure.link(link.getKey(), link.getValue());
        }
        facts.report().ifPresent(AllureAdapter::attach);
        if (!facts.note().isEmpty()) {
            // Allure's launcher listener keeps status details already set when the test passes.
            Allure.getLifecycle().updateTestCase(r -> r.setStatusDetails(new StatusDetails().setMessage(facts.note())));
        }
    }

    /** The rendered proof report (text) and the suite's charts (PNG), as a readiness test carries them. */
    private static void attach(RenderedReport report) {
        Allure.addAttachment(report.textName(), "text/plain",
                new ByteArrayInputStream(report.text().getBytes(StandardCharsets.UTF_8)), "txt");
        for (BinaryReportFile chart : report.charts()) {
            Allure.addAttachment(chart.name(), chart.mediaType(), new ByteArrayInputStream(chart.content()),
                    extension(chart.name()));
        }
    }

    private static void attach(String name, Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_ATTACHMENT_BYTES) {
                Allure.addAttachment(name + " (not attached)", "text/plain",
                        name + " is " + size + " bytes, over the " + MAX_ATTACHMENT_BYTES
                                + "-byte attachment limit; follow the evidence link.", "txt");
                return;
            }
            try (InputStream in = Files.newInputStream(file)) {
                Allure.addAttachment(name, type(name), in, extension(name));
            }
        } catch (IOException e) {
            Allure.addAttachment(name + " (not attached)", "text/plain",
                    name + " could not be read for attachment: " + e, "txt");
        }
    }

    private static String type(String name) {
        return name.endsWith(".json") ? "application/json" : name.endsWith(".jsonl") ? "application/x-ndjson"
                : "text/plain";
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "txt" : name.substring(dot + 1);
    }

    /**
     * Where Allure writes results, resolved as Allure resolves it: {@code allure.results.directory} from system
     * properties, else {@code allure.properties} on the class path, else {@code allure-results}.
     */
    static Path resultsDirectory() {
        return Path.of(PropertiesUtils.loadAllureProperties().getProperty("allure.results.directory", "allure-results"));
    }
}
