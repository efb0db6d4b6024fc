package dev.junitproof.suites.pin015;

import java.util.List;

/** {@code runbook.json}: the self-sign runbook items as the operator recorded them. */
record RunbookReport(List<Item> items) {

    /** {@code status} is {@code PASS}, {@code FAIL} or blank (not yet run). */
    record Item(long n, String check, String command, String expected, String actual, String status) {
    }

    RunbookReport {
        items = List.copyOf(items);
    }

    List<Integer> indexesOf(int n) {
        List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).n() == n) {
                found.add(i);
            }
        }
        return found;
    }
}
