package dev.junitproof.suites.pin015;

/** {@code phase-a-observability.json}: the alerting pipeline items of Phase A. */
record ObservabilityReport(String rulesReload, String dashboardImport, String syntheticAlert, long rulesLoaded,
        long ruleGroups) {
}
