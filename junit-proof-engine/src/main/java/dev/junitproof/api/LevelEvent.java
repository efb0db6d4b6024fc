package dev.junitproof.api;

/**
 * A readiness level that was just evaluated.
 *
 * @param run    the suite run it belongs to
 * @param group  display name of the group that holds it ({@code Readiness levels})
 * @param level  the level (key, title, criteria)
 * @param result its status and unmet criteria
 */
public record LevelEvent(SuiteRun run, String group, ReadinessLevel level, ReadinessResult result) {
}
