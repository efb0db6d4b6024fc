package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.Loaded;

/** A check's evidence file, or the check ends MISSING with the reader's detail (file and JSON pointer). */
final class Required {

    private Required() {
    }

    static <T> T present(Loaded<T> loaded, CheckContext check) {
        if (loaded instanceof Loaded.Present<T> present) {
            return present.value();
        }
        check.measured("MISSING").detail(loaded.missingDetail());
        check.missing(loaded.missingDetail());
        throw new IllegalStateException("unreachable: missing() ends the check");
    }
}
