package dev.junitproof.suites.val27;

import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.SourceRef;

import java.time.Duration;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign window as its own test: VAL27-10 and Design Partner criterion 10 depend on it, and seeing it
 * pass or fail on its own (7 days passes, 7 days + 1 s fails) is what a reviewer of the evidence wants.
 */
final class CampaignChecks {

    static final String WINDOW_ID = "VAL27-WINDOW";
    static final String WINDOW_TITLE = "VAL19–VAL23 report files modified within one 7-day campaign window";

    private CampaignChecks() {
    }

    static CheckSpec window(CampaignWindow window) {
        SourceRef source = window.newest().map(s -> SourceRef.file(s.path())).orElse(null);
        return new CheckSpec(WINDOW_ID, WINDOW_TITLE, source, check -> {
            check.target("newest − oldest report mtime <= " + CampaignWindow.format(CampaignWindow.WIDTH));
            if (source != null) {
                check.source(source);
            }
            check.detail(windowText(window));
            // A core report that is missing cannot show when it was made: the window is required evidence, and
            // unproven it fails (never "not yet"), as every check over required evidence does.
            if (!window.complete()) {
                throw new AssertionError(windowText(window));
            }
            check.measured(CampaignWindow.format(window.spread()));
            assertThat(window.spread())
                    .as("spread of the VAL19–VAL23 report mtimes (oldest %s, newest %s)",
                            window.oldest().map(CampaignChecks::stamp).orElse("?"),
                            window.newest().map(CampaignChecks::stamp).orElse("?"))
                    .isLessThanOrEqualTo(CampaignWindow.WIDTH);
        }).withCriterion("newest − oldest modification time of the five core report files <= 7 days");
    }

    /** One line: the spread and whether it fits, or which report has no time. */
    static String windowText(CampaignWindow window) {
        if (!window.complete()) {
            return "campaign window not provable: no report file for "
                    + window.withoutTime().stream().map(s -> s.slice() + " (" + s.path() + ")")
                    .collect(Collectors.joining(", "));
        }
        Duration spread = window.spread();
        String width = CampaignWindow.format(CampaignWindow.WIDTH);
        return "VAL19–VAL23 report mtimes span " + CampaignWindow.format(spread)
                + (window.holds() ? " <= " + width : " > " + width);
    }

    /**
     * The spread with the target beside it and no judgment ({@code span 0d 00:00:00 [target <= 7d 00:00:00]}), for
     * reports, which print VAL27-WINDOW's outcome next to it; or which report has no time.
     */
    static String spreadText(CampaignWindow window) {
        if (!window.complete()) {
            return windowText(window);
        }
        return "VAL19–VAL23 report mtimes span " + CampaignWindow.format(window.spread()) + " [target <= "
                + CampaignWindow.format(CampaignWindow.WIDTH) + "]";
    }

    private static String stamp(CoreSlice s) {
        return s.slice() + " " + s.path() + " " + s.reportModified().map(Object::toString).orElse("?");
    }
}
