package dev.junitproof.engine;

import org.junit.platform.engine.UniqueId;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which dynamic descendants of a suite run to show: all of them, or only those on the way to (or under) unique
 * ids an IDE asked to rerun. Checks outside the selection still evaluate on demand for the ones inside, since
 * checks are pure; they are only not reported.
 */
final class Selection {

    private boolean whole;
    private final Set<UniqueId> selected = new LinkedHashSet<>();

    synchronized void selectWhole() {
        whole = true;
        selected.clear();
    }

    synchronized void select(UniqueId descendant) {
        if (!whole) {
            selected.add(descendant);
        }
    }

    synchronized boolean includes(UniqueId id) {
        if (whole || selected.isEmpty()) {
            return true;
        }
        for (UniqueId s : selected) {
            if (id.hasPrefix(s) || s.hasPrefix(id)) {
                return true;
            }
        }
        return false;
    }

    synchronized boolean partial() {
        return !whole && !selected.isEmpty();
    }
}
