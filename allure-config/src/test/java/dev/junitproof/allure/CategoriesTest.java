package dev.junitproof.allure;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of {@code categories.json}, one message each, written as the engine and the suites write them. Every
 * failure lands in exactly one category, and a readiness level reached on an approved exception in its own
 * (Allure puts a result in each category that matches, so the rules exclude each other): pending, readiness levels and could-not-evaluate first, then schema mismatch before
 * missing evidence (a suite prints {@code MISSING: } with a schema detail too), then contradictions, then
 * evidence windows, then any other check failure as a missed target.
 */
class CategoriesTest {

    private static JsonNode categories;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = CategoriesTest.class.getResourceAsStream("/categories.json")) {
            categories = AllureResults.JSON.readTree(in);
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            passed  | READY with 1 approved exception:\\n  - GA-3 exception by security-lead until 2026-06-30 (https://t/SEC-7) | Readiness reached by approved exception
            passed  | READY with 2 approved exceptions:\\n  - GA-3 exception by a\\n  - GA-4 exception by b | Readiness reached by approved exception
            skipped | PENDING: due on day 7                                                                    | Pending checks
            skipped | PENDING: the lab recorded SKIP: soak running (a skipped check counts as not passed)     | Pending checks
            skipped | MISSING: no VAL24 day files yet                                                          | Missing evidence
            skipped | MISSING: val07-report.json: not valid JSON (Unexpected end-of-input)                    | Schema mismatch
            failed  | Partner ready: not met\\n  - DEMO-01 and DEMO-03 pass                                    | Readiness level not reached
            failed  | Design Partner Ready: not met\\n  - VAL25-01..09 PASS and one 6-hour evidence window      | Readiness level not reached
            skipped | GA ready: not reachable with this evidence; unmet criteria:\\n  - External security audit | Readiness level not reached
            failed  | DEMO-03 Summary failed: could not evaluate (IllegalStateException: boom)                 | Check could not evaluate
            failed  | DEMO-01 Latency: p99 <= 500ms failed: demo.json MISSING: demo.json not found\\n  target:   <= 500 ms\\n  source:   demo.json /latency/p99_ms | Missing evidence
            failed  | VAL07-report report: 9 uniquely numbered checks failed: VAL07 report MISSING: val07-report.json is a link that leaves the evidence root (it resolves to /etc/passwd); not read | Missing evidence
            failed  | VAL08-report report failed: VAL08 report MISSING: val08-report.json is outside the evidence root /lab | Missing evidence
            failed  | VAL09-report report failed: VAL09 report MISSING: val09-report.json is a directory, not a report file | Missing evidence
            failed  | VAL10-report report failed: VAL10 report MISSING: val10-report.json cannot be read (AccessDeniedException: denied) | Missing evidence
            failed  | DEMO-01 Latency: p99 <= 500ms failed: demo.json MISSING: demo.json: /latency/samples must be an integer, found string\\n  target:   <= 500 ms | Schema mismatch
            failed  | VAL07-report report failed: VAL07 report MISSING: val07-report.json: /val must be "VAL07", found "VAL08" | Schema mismatch
            failed  | VAL07-report report failed: VAL07 report MISSING: val07-report.json: /checks/3/result is required but absent | Schema mismatch
            failed  | VAL07-report report failed: VAL07 report MISSING: val07-report.json is not valid UTF-8 text | Schema mismatch
            failed  | VAL07-report report failed: VAL07 report MISSING: val07-report.json is 99999999 bytes, over the limit of 16777216 bytes (proof.max-file-bytes) | Schema mismatch
            failed  | VAL07-report report failed: VAL07 report MISSING: val07-report.json is empty                  | Schema mismatch
            failed  | VAL07-report report failed: VAL07 report MISSING: val07-report.json: the top level must be a JSON object, found array | Schema mismatch
            failed  | VAL26-05 p99 from raw samples failed: reported p99=24.1ms (val07-report.json /plan_create/p99_ms) disagrees with the nearest-rank p99 31.0ms | Evidence contradicts itself
            failed  | VAL27-09 Gate D failed: gate_d flags disagree with its own figures: retry_recovery_rate=0.9800 but total_recovered/total_retried=90/100=0.9000 | Evidence contradicts itself
            failed  | VAL24-04 Delivery failed: 2 inconsistent round(s) 14, 15                                   | Evidence contradicts itself
            failed  | VAL25-10 Evidence timestamps are coherent (single 6-hour evidence window) failed: NOT a single coherent evidence window (spread 7h 02m > 6h) | Incoherent evidence window
            failed  | VAL27-11 Campaign failed: campaign window not provable: no report file for VAL21 (val21-report.json) | Missing evidence
            failed  | VAL27-11 Campaign failed: VAL19–VAL23 report files modified within 8d 01:00:00 > 7d 00:00:00 one 7-day campaign window | Incoherent evidence window
            failed  | DEMO-01 Latency: p99 <= 500ms failed: [p99 (ms)] \\nExpecting actual:\\n  500.1\\nto be less than or equal to:\\n  500.0\\n  measured: 500.1 ms\\n  target:   <= 500 ms\\n  source:   demo.json /latency/p99_ms | Target missed
            failed  | VAL07-03 plan_create_p99_under_500ms failed: [VAL07-03 recorded by the lab in val07-report.json /checks/2] \\nexpected: "PASS"\\n but was: "FAIL"\\n  measured: FAIL\\n  target:   PASS | Target missed
            """)
    void eachMessageLandsInExactlyOneCategory(String status, String message, String category) {
        String real = message.replace("\\n", "\n");

        assertThat(AllureResults.categories(categories, status, real)).containsExactly(category);
    }

    /** A pass, and a failure that is not a check's (a suite run that broke): left to Allure's defaults. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            passed | ''
            passed | measured 24.1 ms, READY with 1 approved exception: not a level's note
            broken | IllegalStateException: check id VAL07-01 appears twice in the plan
            failed | window disagrees, MISSING
            """)
    void nothingElseIsCategorised(String status, String message) {
        assertThat(AllureResults.categories(categories, status, message)).isEmpty();
    }
}
