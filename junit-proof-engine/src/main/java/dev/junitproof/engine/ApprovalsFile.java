package dev.junitproof.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.junitproof.api.result.Approval;
import dev.junitproof.api.result.ApprovalStanding;
import dev.junitproof.api.result.Approvals;
import dev.junitproof.api.suite.ApprovalKind;
import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.ProofSuite;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code approvals.json} of an evidence unit, read like any evidence file (schema, digest, confinement) and judged
 * whole: an entry naming an unknown suite or criterion, a criterion judged from evidence, a kind the criterion does
 * not allow, the same criterion twice, or dates that cannot be, makes the whole file invalid, and then no approval
 * in it counts. Every suite's entries are judged against that suite's own criteria, so each suite that reads the
 * file reaches the same judgment of it.
 */
final class ApprovalsFile {

    static final String FILE = "approvals.json";
    static final String SCHEMA = "/dev/junitproof/engine/approvals.schema.json";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /**
     * The file as read: absent, or present and valid with its entries, or present and invalid with why.
     *
     * @param problems each entry (or the file) that makes it invalid, and why; empty when valid
     */
    record Read(boolean present, List<String> problems, List<Approval> approvals) {

        static final Read ABSENT = new Read(false, List.of(), List.of());

        Read {
            problems = List.copyOf(problems);
            approvals = List.copyOf(approvals);
        }

        boolean valid() {
            return present && problems.isEmpty();
        }

        /** One suite's approvals with their standing on {@code day}: none counts when the file is invalid. */
        Approvals forSuite(String suiteId, LocalDate day) {
            List<ApprovalStanding> standings = approvals.stream().filter(a -> a.suite().equals(suiteId)).map(a -> {
                if (!valid()) {
                    return new ApprovalStanding(a, false, FILE + " is invalid");
                }
                Optional<String> notValid = a.notValidOn(day);
                return new ApprovalStanding(a, notValid.isEmpty(), notValid.orElse("counts"));
            }).toList();
            return () -> standings;
        }
    }

    private ApprovalsFile() {
    }

    static Read read(EvidenceReader reader, SuiteCatalog catalog) {
        if (!reader.isFile(FILE) && reader.lastModified(FILE).isEmpty()) {
            return Read.ABSENT;
        }
        Loaded<JsonNode> loaded = reader.readJson(FILE, SCHEMA);
        if (!(loaded instanceof Loaded.Present<JsonNode> present)) {
            return new Read(true, List.of(loaded.missingDetail()), List.of());
        }
        List<String> problems = new ArrayList<>();
        List<Approval> approvals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode entries = present.value().path("approvals");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String at = FILE + " /approvals/" + i;
            String suite = entry.path("suite").asText();
            String criterion = entry.path("criterion").asText();
            ApprovalKind kind = ApprovalKind.parse(entry.path("kind").asText()).orElseThrow();
            Optional<LocalDate> approvedAt = date(entry.path("approved_at").asText());
            Optional<LocalDate> expires = entry.has("expires") ? date(entry.path("expires").asText()) : Optional.empty();
            List<String> wrong = new ArrayList<>();
            Optional<ProofSuite> named = catalog.byId(suite);
            if (named.isEmpty()) {
                wrong.add("names unknown suite " + suite);
            } else {
                Map<String, Criterion> criteria = named.get().readinessCriteria().stream()
                        .filter(c -> !c.id().isEmpty()).collect(Collectors.toMap(Criterion::id, c -> c, (a, b) -> a));
                Criterion known = criteria.get(criterion);
                if (known == null) {
                    wrong.add("names unknown criterion " + criterion + " of " + suite
                            + (criteria.isEmpty() ? "" : " (" + String.join(", ", new java.util.TreeSet<>(criteria.keySet())) + ")"));
                } else if (known.approvable().isEmpty()) {
                    wrong.add("names " + criterion + ", which is judged from evidence and can never be approved");
                } else if (!known.approvable().contains(kind)) {
                    wrong.add("is an " + kind.fileName() + " for " + criterion + ", which allows only "
                            + known.approvable().stream().map(ApprovalKind::fileName).sorted().collect(Collectors.joining(", ")));
                }
            }
            if (!seen.add(suite + " " + criterion)) {
                wrong.add("approves " + suite + " " + criterion + " a second time");
            }
            if (approvedAt.isEmpty()) {
                wrong.add("approved_at " + entry.path("approved_at").asText() + " is not a date");
            }
            if (entry.has("expires") && expires.isEmpty()) {
                wrong.add("expires " + entry.path("expires").asText() + " is not a date");
            }
            if (kind == ApprovalKind.EXCEPTION && !entry.has("expires")) {
                wrong.add("is an exception without expires (an exception must end)");
            }
            if (approvedAt.isPresent() && expires.isPresent() && expires.get().isBefore(approvedAt.get())) {
                wrong.add("expires " + expires.get() + " before it was approved on " + approvedAt.get());
            }
            wrong.forEach(w -> problems.add(at + " (" + suite + " " + criterion + ") " + w));
            if (wrong.isEmpty() || approvedAt.isPresent()) {
                approvals.add(new Approval(suite, criterion, kind, entry.path("reason").asText(),
                        entry.path("approved_by").asText(), approvedAt.orElse(LocalDate.MIN), expires,
                        entry.path("reference").asText()));
            }
        }
        return new Read(true, problems, approvals);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
