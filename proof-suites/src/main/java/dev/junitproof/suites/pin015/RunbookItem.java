package dev.junitproof.suites.pin015;

import java.util.List;

/**
 * One item of the seed's self-sign runbook checklist, as the seed prints it (command cells keep the seed's
 * markdown, {@code \|} included), and what its recorded {@code actual} must show for a PASS to stand.
 */
record RunbookItem(int n, String section, String check, String command, String expected, Actual actual) {

    /** What the operator's recorded {@code actual} of an item recorded PASS must be. */
    enum Actual {
        /** The command prints the seed's Expected itself ({@code PONG}): a PASS beside other output contradicts it. */
        LITERAL,
        /** Items 6–10: what the shadow run's own files show, recomputed; a figure recorded must agree with it. */
        SHADOW,
        /** Item 17: a whole number of rule groups meeting {@link M4Targets#RULE_GROUPS} ({@code ≥6}). */
        RULE_GROUPS,
        /** Item 18, "Number": a whole number (how many alerts fire is not judged). */
        NUMBER,
        /** Item 20, "Count or N/A": a whole number, {@code N/A}, or the command's own fallback {@code Table check}. */
        COUNT_OR_NA,
        /** Item 16, "Summary output": the seed fixes no content; recorded, not judged. */
        FREE
    }

    private static RunbookItem item(int n, String section, String check, String command, String expected) {
        Actual actual = switch (n) {
            case 6, 7, 8, 9, 10 -> Actual.SHADOW;
            case 16 -> Actual.FREE;
            case 17 -> Actual.RULE_GROUPS;
            case 18 -> Actual.NUMBER;
            case 20 -> Actual.COUNT_OR_NA;
            default -> Actual.LITERAL;
        };
        return new RunbookItem(n, section, check, command, expected, actual);
    }

    static final List<String> SECTIONS = List.of(
            "Pre-Flight Checks", "Shadow Run Verification", "Runbook Operations", "Alerting Verification",
            "Database/Checkpoint");

    static final List<RunbookItem> SEED = List.of(
            item(1, "Pre-Flight Checks", "Backend health", "`curl -s http://localhost:8000/health \\| jq .status`", "`\"healthy\"`"),
            item(2, "Pre-Flight Checks", "Worker running", "`docker ps \\| grep worker`", "Container UP"),
            item(3, "Pre-Flight Checks", "Redis ping", "`redis-cli ping`", "`PONG`"),
            item(4, "Pre-Flight Checks", "PostgreSQL", "`PGPASSWORD=novapass psql -h localhost -p 5433 -U nova -d nova_aos -c \"SELECT 1\"`", "`1`"),
            item(5, "Pre-Flight Checks", "Prometheus up", "`curl -s http://localhost:9090/-/healthy`", "`Prometheus Server is Healthy`"),
            item(6, "Shadow Run Verification", "Shadow completed", "`grep \"Shadow simulation complete\" /var/lib/aos/shadow_24h_*.log`", "Found"),
            item(7, "Shadow Run Verification", "Total cycles", "`grep -c \"Running cycle\" /var/lib/aos/shadow_24h_*.log`", "≥2500"),
            item(8, "Shadow Run Verification", "Total mismatches", "`grep \", 0 mismatches\" /var/lib/aos/shadow_24h_*.log \\| wc -l`", "= cycles"),
            item(9, "Shadow Run Verification", "No errors", "`grep -E \"[1-9][0-9]* mismatches\" /var/lib/aos/shadow_24h_*.log \\| grep -v \", 0 mismatches\" \\| wc -l`", "`0`"),
            item(10, "Shadow Run Verification", "Golden files created", "`ls /tmp/shadow_simulation_*/golden/*.json \\| wc -l`", ">20000"),
            item(11, "Runbook Operations", "Quick shadow test", "`./scripts/stress/run_shadow_simulation.sh --quick`", "0 mismatches"),
            item(12, "Runbook Operations", "Sanity check", "`./scripts/stress/shadow_sanity_check.sh`", "All sections OK"),
            item(13, "Runbook Operations", "Emergency stop enable", "`./scripts/ops/disable-workflows.sh enable`", "Flag created"),
            item(14, "Runbook Operations", "Emergency stop status", "`./scripts/ops/disable-workflows.sh status`", "ENABLED"),
            item(15, "Runbook Operations", "Emergency stop disable", "`./scripts/ops/disable-workflows.sh disable`", "Flag removed"),
            item(16, "Runbook Operations", "Golden diff (dry)", "`python3 scripts/stress/golden_diff_debug.py --summary-dir /tmp/shadow_simulation_*/golden 2>&1 \\| head -5`", "Summary output"),
            item(17, "Alerting Verification", "Prometheus alerts", "`curl -s http://localhost:9090/api/v1/rules \\| jq '.data.groups \\| length'`", "≥6"),
            item(18, "Alerting Verification", "Active alerts", "`curl -s http://localhost:9090/api/v1/alerts \\| jq '.data.alerts \\| length'`", "Number"),
            item(19, "Alerting Verification", "Alertmanager health", "`curl -s http://localhost:9093/-/healthy`", "OK"),
            item(20, "Database/Checkpoint", "Checkpoint table exists", "`PGPASSWORD=novapass psql -h localhost -p 5433 -U nova -d nova_aos -c \"SELECT COUNT(*) FROM checkpoints\" 2>/dev/null \\|\\| echo \"Table check\"`", "Count or N/A"));

    /** {@code M4-RB-07}. */
    String checkId() {
        return String.format("M4-RB-%02d", n);
    }

    /** Items 6–10 the suite recomputes from the shadow run's own files (trust but verify). */
    boolean verifiedFromShadow() {
        return actual == Actual.SHADOW;
    }

    /** The Expected cell as the lab writes it (no markdown backticks). */
    String expectedText() {
        return expected.replace("`", "");
    }

    /**
     * A recorded value as the runbook compares it: space collapsed, case, surrounding quotes and backticks and a
     * trailing full stop dropped ({@code "healthy"} is {@code healthy}; {@code Prometheus Server is Healthy.} too).
     */
    static String normalized(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        String before;
        do {
            before = s;
            if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("`") && s.endsWith("`")
                    || s.startsWith("'") && s.endsWith("'"))) {
                s = s.substring(1, s.length() - 1).strip();
            }
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1).strip();
            }
        } while (!s.equals(before));
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
