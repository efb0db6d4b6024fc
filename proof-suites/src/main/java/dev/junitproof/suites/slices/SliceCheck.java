package dev.junitproof.suites.slices;

/** One check a slice report recorded: {@code {"id", "name", "result", "detail"}}. */
public record SliceCheck(String id, String name, String result, String detail) {

    public SliceCheck {
        detail = detail == null ? "" : detail;
    }

    public boolean passed() {
        return "PASS".equals(result);
    }
}
