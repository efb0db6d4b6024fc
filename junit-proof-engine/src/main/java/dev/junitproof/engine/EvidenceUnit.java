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
 */
record EvidenceUnit(Path root, Path unit, List<ProofSuite> suites) {

    String name() {
        return unit.getFileName() == null ? unit.toString() : unit.getFileName().toString();
    }
}
