package dev.junitproof.allure;

import dev.junitproof.api.result.RenderedReport;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one check or readiness level tells Allure, as plain data: built from an observer event by
 * {@link ProofAllureObserver}, handed to {@link AllureAdapter}, the one class that calls Allure.
 *
 * @param epic         the suite's title, e.g. {@code VAL25 Fleet Rollout Proof}
 * @param feature      the slice, {@code Check matrix} or {@code Readiness levels}
 * @param story        the check id or the level key
 * @param critical     readiness-gating (matrix checks and readiness levels): severity critical, else normal
 * @param parentSuite  the evidence unit's name, so one report can hold several units
 * @param description  title, target, measured, detail, source and outcome, one per line
 * @param parameters   name to value, in order ({@code measured}, {@code target}); empty values left out
 * @param evidenceName the evidence file as the suite named it (relative to the unit), or empty
 * @param evidenceFile the evidence file, absolute, when it is a regular file inside the evidence root
 * @param report       readiness levels: the suite run's rendered text report and charts, attached to the level
 * @param links        further links, name to address: a readiness level's counted approvals and their references
 * @param note         a status message for a result that passed but must be told apart from a plain pass (a level
 *                     reached by an approved exception, which {@code categories.json} files apart), or empty
 */
record AllureFacts(String epic, String feature, String story, boolean critical, String parentSuite,
        String description, Map<String, String> parameters, String evidenceName, Optional<Path> evidenceFile,
        Optional<RenderedReport> report, Map<String, String> links, String note) {

    AllureFacts {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        report = report == null ? Optional.empty() : report;
        links = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(links));
        note = note == null ? "" : note;
    }
}
