package dev.junitproof.engine;

import dev.junitproof.api.suite.ProofSuite;

import java.nio.file.Path;
import java.util.List;

/**
 * One directory to prove and the suites that claim it.
 *
 * @param root   the evidence root the user gave: nothing outside it is read
 * @param unit   the directory proved (the root itself, or a dated directory inside it)
 * @param suites the suites whose layout claims it, in id order
 * @param name   the unit's name as the user named it (a selected link's own name), for claims, ids and reports
 */
record EvidenceUnit(Path root, Path unit, List<ProofSuite> suites, String name) {

    EvidenceUnit {
        if (name == null || name.isEmpty()) {
            name = unit.getFileName() == null ? unit.toString() : unit.getFileName().toString();
        }
    }

    EvidenceUnit(Path root, Path unit, List<ProofSuite> suites) {
        this(root, unit, suites, null);
    }
}
