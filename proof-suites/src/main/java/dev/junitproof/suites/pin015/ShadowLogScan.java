package dev.junitproof.suites.pin015;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code shadow/shadow.log} one line at a time (fed by {@code reader.streamLines}) and keeps only sums and
 * the first few problems, so a 24-hour log of ~2,880 cycles, or a runaway one, costs constant memory.
 *
 * <p>Lines that mention neither a cycle nor mismatches are the runner's chatter and are skipped. A line that does
 * mention them but is not in the contract's form is a problem, never skipped: a mismatch written as
 * "1 mismatch" must not vanish from the sum.
 *
 * <p>The log must be the log of the run {@code shadow/shadow.json} describes: its times never go backwards, none
 * precedes {@code started_at}, no cycle begins at or after the run's end ({@code started_at + duration_h}; the last
 * cycle's completion and the completion line may follow it), and every run id a line names (the runner's
 * {@code Shadow simulation started: <run_id>} line, or any {@code shadow_<N>h_<date>_<time>}) is shadow.json's
 * {@code run_id}. Each departure is a problem naming its line.
 */
final class ShadowLogScan implements Consumer<String> {

    /** How many mismatching cycles and problems a summary names; the counts are always complete. */
    static final int KEEP = 10;

    private static final Pattern RUNNING = Pattern.compile("^(\\S+) Running cycle (\\d{1,18})\\s*$");
    private static final Pattern COMPLETE = Pattern.compile(
            "^(\\S+) Cycle (\\d{1,18}) complete: (\\d{1,18}) workflows, (\\d{1,18}) replays, (\\d{1,18}) mismatches\\s*$");
    private static final Pattern DONE = Pattern.compile("^(\\S+) Shadow simulation complete\\s*$");
    private static final Pattern STARTED = Pattern.compile("^(\\S+) Shadow simulation started(?:: (\\S+))?\\s*$");
    /** A run id as the seed's runner names it: {@code shadow_24h_20251202_131219}. */
    private static final Pattern RUN_ID = Pattern.compile("(?<![\\w-])shadow_\\d+h_\\d{8}_\\d{6}(?![\\w-])");
    private static final Pattern MENTIONS = Pattern.compile("(?i)cycle|mismatch|simulation complete");

    private long line;
    private long started;
    private long completed;
    private long workflows;
    private long replays;
    private long mismatches;
    private long zeroMismatch;
    private final List<Long> mismatching = new ArrayList<>();
    private long mismatchingCount;
    private OffsetDateTime lastStart;
    private OffsetDateTime lastCycle;
    private OffsetDateTime completedAt;
    private final List<String> problems = new ArrayList<>();
    private long problemCount;
    /** The cycle started and not yet completed, or 0. */
    private long open;
    /** The time of the last line that carried one, and its line number. */
    private OffsetDateTime previous;
    private long previousLine;
    private final Optional<ShadowParameters> run;

    /** @param run shadow.json's parameters, when readable: the run the log's times and ids must belong to */
    ShadowLogScan(Optional<ShadowParameters> run) {
        this.run = run;
    }

    /** A scan that holds the log to no run (its grammar and order only). */
    ShadowLogScan() {
        this(Optional.empty());
    }

    @Override
    public void accept(String text) {
        line++;
        runIds(text);
        Matcher m;
        if ((m = STARTED.matcher(text)).matches()) {
            started(m);
        } else if ((m = RUNNING.matcher(text)).matches()) {
            running(m);
        } else if ((m = COMPLETE.matcher(text)).matches()) {
            complete(m);
        } else if ((m = DONE.matcher(text)).matches()) {
            done(m);
        } else if (MENTIONS.matcher(text).find()) {
            problem("line " + line + " is not in the contract's form: \"" + abbreviate(text) + "\"");
        }
    }

    private void runIds(String text) {
        run.ifPresent(p -> {
            Matcher id = RUN_ID.matcher(text);
            while (id.find()) {
                if (!id.group().equals(p.runId())) {
                    problem("line " + line + " names run " + id.group() + ", not shadow.json's run_id " + p.runId());
                    return;
                }
            }
        });
    }

    private void started(Matcher m) {
        time(m.group(1));
        String id = m.group(2);
        run.ifPresent(p -> {
            if (id != null && !id.equals(p.runId()) && !RUN_ID.matcher(id).matches()) {
                problem("line " + line + " starts run " + id + ", not shadow.json's run_id " + p.runId());
            }
        });
    }

    private void running(Matcher m) {
        Optional<OffsetDateTime> at = time(m.group(1));
        long n = Long.parseLong(m.group(2));
        at.ifPresent(t -> run.ifPresent(p -> {
            OffsetDateTime end = p.end();
            if (!t.isBefore(end)) {
                problem("line " + line + ": Running cycle " + n + " at " + iso(t) + " begins at or after the run's end, "
                        + "started_at + duration_h = " + iso(end));
            }
        }));
        afterCompletion();
        if (open != 0) {
            problem("line " + line + ": cycle " + n + " started before cycle " + open + " completed");
        }
        if (n != started + 1) {
            problem("line " + line + ": Running cycle " + n + " where cycle " + (started + 1) + " was due");
        }
        started++;
        open = n;
        at.ifPresent(t -> {
            lastStart = t;
            lastCycle = t;
        });
    }

    private void complete(Matcher m) {
        Optional<OffsetDateTime> at = time(m.group(1));
        long n = Long.parseLong(m.group(2));
        afterCompletion();
        if (n != open) {
            problem("line " + line + ": Cycle " + n + " complete without its Running cycle line");
        }
        open = 0;
        completed++;
        workflows += Long.parseLong(m.group(3));
        replays += Long.parseLong(m.group(4));
        long cycleMismatches = Long.parseLong(m.group(5));
        mismatches += cycleMismatches;
        if (cycleMismatches == 0) {
            zeroMismatch++;
        } else {
            mismatchingCount++;
            if (mismatching.size() < KEEP) {
                mismatching.add(n);
            }
        }
        at.ifPresent(t -> lastCycle = t);
    }

    private void done(Matcher m) {
        Optional<OffsetDateTime> at = time(m.group(1));
        if (completedAt != null) {
            problem("line " + line + ": a second completion line");
        }
        if (open != 0) {
            problem("line " + line + ": simulation complete while cycle " + open + " never completed");
            open = 0;
        }
        at.ifPresent(t -> completedAt = t);
    }

    private void afterCompletion() {
        if (completedAt != null) {
            problem("line " + line + ": a cycle line after the completion line");
        }
    }

    /** The line's time, held to the run: never backwards, never before started_at. */
    private Optional<OffsetDateTime> time(String text) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(text);
            if (previous != null && t.isBefore(previous)) {
                problem("line " + line + ": time " + iso(t) + " goes backwards (line " + previousLine + " is at " + iso(previous) + ")");
            }
            run.ifPresent(p -> {
                if (t.isBefore(p.start())) {
                    problem("line " + line + ": time " + iso(t) + " precedes shadow.json started_at " + p.startedAt());
                }
            });
            previous = t;
            previousLine = line;
            return Optional.of(t);
        } catch (DateTimeParseException e) {
            problem("line " + line + ": \"" + abbreviate(text) + "\" is not an ISO-8601 time with an offset");
            return Optional.empty();
        }
    }

    /** A time as the log writes it, seconds always shown ({@code 2025-12-03T10:00:00Z}). */
    private static String iso(OffsetDateTime t) {
        return t.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private void problem(String what) {
        problemCount++;
        if (problems.size() < KEEP) {
            problems.add(what);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    ShadowLog summary() {
        return new ShadowLog(line, started, completed, workflows, replays, mismatches, zeroMismatch, mismatching,
                mismatchingCount, Optional.ofNullable(lastStart), Optional.ofNullable(lastCycle),
                Optional.ofNullable(completedAt), problems, problemCount);
    }
}
