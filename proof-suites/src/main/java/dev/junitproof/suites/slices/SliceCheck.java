package dev.junitproof.suites.slices;

/** One check a slice report recorded: {@code {"id", "name", "result", "detail"}}. */
public record SliceCheck(String id, String name, SliceResult result, String detail) {

    public SliceCheck {
        if (result == null) {
            throw new IllegalArgumentException("a recorded check needs its result");
        }
        detail = detail == null ? "" : detail;
    }

    public boolean passed() {
        return result.passed();
    }
}
