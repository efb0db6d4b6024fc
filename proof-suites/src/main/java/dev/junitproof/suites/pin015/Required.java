package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.Loaded;

/**
 * A check's required evidence file, or the check fails with the reader's detail (file and JSON pointer). Every
 * PIN015 file but {@code signoff.json} is required: absent, unreadable or invalid evidence can never pass and is
 * never "not yet due" (only a shadow run in progress and blank runbook statuses are), so it fails what needs it.
 */
final class Required {

    private Required() {
    }

    static <T> T present(Loaded<T> loaded, CheckContext check) {
        if (loaded instanceof Loaded.Present<T> present) {
            return present.value();
        }
        boolean absent = loaded instanceof Loaded.Missing<T> m && m.reason() == Loaded.MissingReason.NOT_FOUND;
        check.measured(absent ? "absent" : "unreadable").detail(loaded.missingDetail());
        throw new AssertionError("required evidence " + (absent ? "absent" : "unreadable") + ": " + loaded.missingDetail());
    }
}
