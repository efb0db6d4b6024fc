package dev.junitproof.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which directories a suite proves.
 *
 * <ul>
 *   <li>{@link Kind#DATED_DIRECTORY}: the unit is a directory named {@code <prefix>YYYY-MM-DD} with a real date
 *       (e.g. {@code cli-audit-lab-2026-03-23}); selected directly, or found among the children of a selected
 *       evidence root, where the newest by the date in its name is proved unless every one is asked for.</li>
 *   <li>{@link Kind#EVIDENCE_ROOT}: the unit is a selected directory that holds at least one dated directory
 *       with one of the prefixes (e.g. VAL27 over {@code val19-relay-impairment-…} and its siblings).</li>
 * </ul>
 */
public record EvidenceLayout(Kind kind, List<String> prefixes) {

    public enum Kind { DATED_DIRECTORY, EVIDENCE_ROOT }

    private static final Pattern DATE_SUFFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    public EvidenceLayout {
        prefixes = List.copyOf(prefixes);
        if (prefixes.isEmpty()) {
            throw new IllegalArgumentException("an evidence layout needs at least one directory prefix");
        }
    }

    public static EvidenceLayout datedDirectory(String prefix) {
        return new EvidenceLayout(Kind.DATED_DIRECTORY, List.of(prefix));
    }

    public static EvidenceLayout evidenceRoot(String... prefixes) {
        return new EvidenceLayout(Kind.EVIDENCE_ROOT, List.of(prefixes));
    }

    /**
     * The date in a directory name of this layout: {@code <prefix>YYYY-MM-DD} exactly, with a date that exists.
     * A name that merely starts with the prefix ({@code cli-audit-lab-old}, {@code …-2026-02-30}) does not match.
     */
    public Optional<LocalDate> dateOf(String directoryName) {
        for (String prefix : prefixes) {
            Optional<LocalDate> date = datedName(prefix, directoryName);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The date of {@code name} if it is {@code prefix} followed by a real ISO date and nothing else. */
    public static Optional<LocalDate> datedName(String prefix, String name) {
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher m = DATE_SUFFIX.matcher(name.substring(prefix.length()));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1), STRICT_DATE));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
