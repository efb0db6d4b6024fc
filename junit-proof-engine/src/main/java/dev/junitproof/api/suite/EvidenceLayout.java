package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Which directories a suite proves.
 *
 * <ul>
 *   <li>{@link Kind#DATED_DIRECTORY}: the unit is a directory named {@code <prefix>YYYY-MM-DD} with a real date
 *       (e.g. {@code cli-audit-lab-2026-03-23}); selected directly, or found among the children of a selected
 *       evidence root, where the newest by the date in its name is proved unless every one is asked for.</li>
 *   <li>{@link Kind#EVIDENCE_ROOT}: the unit is a selected directory that holds at least one dated directory
 *       with one of the prefixes (e.g. VAL27 over {@code val19-relay-impairment-…} and its siblings).</li>
 *   <li>{@link Kind#FILES_WITH_SUFFIX}: the unit is a directory holding at least one regular file whose name ends
 *       with one of the suffixes (e.g. {@code .intoto.jsonl}), whatever its name; selected directly, or found
 *       among the children of a selected directory (an output root with one directory per evidence unit), where
 *       every such child is proved. For this kind {@link #prefixes()} holds the suffixes.</li>
 *   <li>{@link Kind#REPORT_DIRECTORY}: as {@link Kind#FILES_WITH_SUFFIX}, and also a directory holding a proof
 *       report set ({@code <base>.json} beside {@code <base>.txt} and {@code <base>.md}): the engine's own output,
 *       which the verification of signed reports claims so that no evidence suite mistakes it for lab evidence.</li>
 * </ul>
 */
@API(status = STABLE, since = "0.1")
public record EvidenceLayout(Kind kind, List<String> prefixes) {

    public enum Kind { DATED_DIRECTORY, EVIDENCE_ROOT, FILES_WITH_SUFFIX, REPORT_DIRECTORY }

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
     * Directories that hold files named {@code *<suffix>}: for inputs that are not dated lab directories, such as
     * a directory of signed proof reports. Their names carry no date, so every matching directory is proved.
     */
    public static EvidenceLayout containingFiles(String... suffixes) {
        return new EvidenceLayout(Kind.FILES_WITH_SUFFIX, List.of(suffixes));
    }

    /** Directories of proof reports: those holding a file {@code *<suffix>} or a proof report set. */
    public static EvidenceLayout reportDirectories(String... suffixes) {
        return new EvidenceLayout(Kind.REPORT_DIRECTORY, List.of(suffixes));
    }

    /** Whether units of this layout are directories holding claimed files, whatever their name. */
    public boolean claimsByFiles() {
        return kind == Kind.FILES_WITH_SUFFIX || kind == Kind.REPORT_DIRECTORY;
    }

    /** The suffixes of a layout that claims by files (empty for the dated kinds). */
    public List<String> suffixes() {
        return claimsByFiles() ? prefixes : List.of();
    }

    /** Whether a file name is one a {@link Kind#FILES_WITH_SUFFIX} layout looks for. */
    public boolean claimsFile(String fileName) {
        if (!claimsByFiles()) {
            return false;
        }
        // A loop, not a stream: discovery asks this of every name in a directory, 70,000 in a year-long soak's.
        for (String suffix : prefixes) {
            if (fileName.length() > suffix.length() && fileName.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date in a directory name of this layout: {@code <prefix>YYYY-MM-DD} exactly, with a date that exists.
     * A name that merely starts with the prefix ({@code cli-audit-lab-old}, {@code …-2026-02-30}) does not match.
     */
    public Optional<LocalDate> dateOf(String directoryName) {
        if (claimsByFiles()) {
            // Its list holds file suffixes, not directory prefixes: no directory name is dated by it.
            return Optional.empty();
        }
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
