package dev.junitproof.suites.pin015;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The seed's error taxonomy (Phase D): the 12 fault types in its order and the class each must be classified as.
 * The suite judges the lab's classification against this table, not against the lab's own {@code expected}
 * column: a lab that changed its expectations cannot make a misclassification pass.
 */
final class FaultTaxonomy {

    static final Map<String, String> EXPECTED = expected();

    private FaultTaxonomy() {
    }

    private static Map<String, String> expected() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("TIMEOUT", "TRANSIENT");
        m.put("DNS_FAILURE", "TRANSIENT");
        m.put("CONNECTION_REFUSED", "TRANSIENT");
        m.put("HTTP_500", "TRANSIENT");
        m.put("HTTP_503", "TRANSIENT");
        m.put("HTTP_400", "PERMANENT");
        m.put("HTTP_404", "PERMANENT");
        m.put("RATE_LIMITED", "RESOURCE");
        m.put("BUDGET_EXCEEDED", "RESOURCE");
        m.put("PERMISSION_DENIED", "PERMISSION");
        m.put("INVALID_INPUT", "VALIDATION");
        m.put("SCHEMA_ERROR", "VALIDATION");
        return java.util.Collections.unmodifiableMap(m);
    }
}
