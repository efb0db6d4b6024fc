package dev.junitproof.engine;

import dev.junitproof.api.suite.Loaded.MissingReason;
import dev.junitproof.api.suite.Loaded;

import java.io.IOException;

/** The ways a read of evidence fails, each worded once: every reader piece reports through these. */
final class LoadedFailures {

    private LoadedFailures() {
    }

    static <T> Loaded<T> mismatch(String file, String detail) {
        return new Loaded.Missing<>(file, MissingReason.SCHEMA_MISMATCH, detail);
    }

    static <T> Loaded<T> unreadable(String file, IOException e) {
        return new Loaded.Missing<>(file, MissingReason.UNREADABLE,
                file + " cannot be read (" + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + ")");
    }

    static <T> Loaded<T> grewOverLimit(String file, ReadLimits limits) {
        return mismatch(file, file + " grew over the limit of " + limits.maxFileBytes() + " bytes while being read");
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
