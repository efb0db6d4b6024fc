package dev.junitproof.suites.pin015;

import java.util.List;

/**
 * One item of the seed's self-sign runbook checklist, as the seed prints it (command cells keep the seed's
 * markdown, {@code \|} included).
 */
record RunbookItem(int n, String section, String check, String command, String expected) {

    static final List<String> SECTIONS = List.of(
            "Pre-Flight Checks", "Shadow Run Verification", "Runbook Operations", "Alerting Verification",
            "Database/Checkpoint");

    static final List<RunbookItem> SEED = List.of(
            new RunbookItem(1, "Pre-Flight Checks", "Backend health", "`curl -s http://localhost:8000/health \\| jq .status`", "`\"healthy\"`"),
            new RunbookItem(2, "Pre-Flight Checks", "Worker running", "`docker ps \\| grep worker`", "Container UP"),
            new RunbookItem(3, "Pre-Flight Checks", "Redis ping", "`redis-cli ping`", "`PONG`"),
            new RunbookItem(4, "Pre-Flight Checks", "PostgreSQL", "`PGPASSWORD=novapass psql -h localhost -p 5433 -U nova -d nova_aos -c \"SELECT 1\"`", "`1`"),
            new RunbookItem(5, "Pre-Flight Checks", "Prometheus up", "`curl -s http://localhost:9090/-/healthy`", "`Prometheus Server is Healthy`"),
            new RunbookItem(6, "Shadow Run Verification", "Shadow completed", "`grep \"Shadow simulation complete\" /var/lib/aos/shadow_24h_*.log`", "Found"),
            new RunbookItem(7, "Shadow Run Verification", "Total cycles", "`grep -c \"Running cycle\" /var/lib/aos/shadow_24h_*.log`", "≥2500"),
            new RunbookItem(8, "Shadow Run Verification", "Total mismatches", "`grep \", 0 mismatches\" /var/lib/aos/shadow_24h_*.log \\| wc -l`", "= cycles"),
            new RunbookItem(9, "Shadow Run Verification", "No errors", "`grep -E \"[1-9][0-9]* mismatches\" /var/lib/aos/shadow_24h_*.log \\| grep -v \", 0 mismatches\" \\| wc -l`", "`0`"),
            new RunbookItem(10, "Shadow Run Verification", "Golden files created", "`ls /tmp/shadow_simulation_*/golden/*.json \\| wc -l`", ">20000"),
            new RunbookItem(11, "Runbook Operations", "Quick shadow test", "`./scripts/stress/run_shadow_simulation.sh --quick`", "0 mismatches"),
            new RunbookItem(12, "Runbook Operations", "Sanity check", "`./scripts/stress/shadow_sanity_check.sh`", "All sections OK"),
            new RunbookItem(13, "Runbook Operations", "Emergency stop enable", "`./scripts/ops/disable-workflows.sh enable`", "Flag created"),
            new RunbookItem(14, "Runbook Operations", "Emergency stop status", "`./scripts/ops/disable-workflows.sh status`", "ENABLED"),
            new RunbookItem(15, "Runbook Operations", "Emergency stop disable", "`./scripts/ops/disable-workflows.sh disable`", "Flag removed"),
            new RunbookItem(16, "Runbook Operations", "Golden diff (dry)", "`python3 scripts/stress/golden_diff_debug.py --summary-dir /tmp/shadow_simulation_*/golden 2>&1 \\| head -5`", "Summary output"),
            new RunbookItem(17, "Alerting Verification", "Prometheus alerts", "`curl -s http://localhost:9090/api/v1/rules \\| jq '.data.groups \\| length'`", "≥6"),
            new RunbookItem(18, "Alerting Verification", "Active alerts", "`curl -s http://localhost:9090/api/v1/alerts \\| jq '.data.alerts \\| length'`", "Number"),
            new RunbookItem(19, "Alerting Verification", "Alertmanager health", "`curl -s http://localhost:9093/-/healthy`", "OK"),
            new RunbookItem(20, "Database/Checkpoint", "Checkpoint table exists", "`PGPASSWORD=novapass psql -h localhost -p 5433 -U nova -d nova_aos -c \"SELECT COUNT(*) FROM checkpoints\" 2>/dev/null \\|\\| echo \"Table check\"`", "Count or N/A"));

    /** {@code M4-RB-07}. */
    String checkId() {
        return String.format("M4-RB-%02d", n);
    }

    /** Items 6–10 the suite recomputes from the shadow run's own files (trust but verify). */
    boolean verifiedFromShadow() {
        return n >= 6 && n <= 10;
    }
}
