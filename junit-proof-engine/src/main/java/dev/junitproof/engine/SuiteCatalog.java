package dev.junitproof.engine;

import dev.junitproof.api.suite.ProofSuite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The proof suites on the class path, found with {@link ServiceLoader}, in id order (stable trees and reports). */
final class SuiteCatalog {

    private final List<ProofSuite> suites;

    private SuiteCatalog(List<ProofSuite> suites) {
        this.suites = List.copyOf(suites);
    }

    static SuiteCatalog load() {
        List<ProofSuite> found = new ArrayList<>();
        ServiceLoader.load(ProofSuite.class, SuiteCatalog.class.getClassLoader()).forEach(found::add);
        if (Thread.currentThread().getContextClassLoader() != null
                && Thread.currentThread().getContextClassLoader() != SuiteCatalog.class.getClassLoader()) {
            for (ProofSuite suite : ServiceLoader.load(ProofSuite.class, Thread.currentThread().getContextClassLoader())) {
                if (found.stream().noneMatch(s -> s.id().equals(suite.id()))) {
                    found.add(suite);
                }
            }
        }
        found.sort(Comparator.comparing(ProofSuite::id));
        return new SuiteCatalog(found);
    }

    List<ProofSuite> all() {
        return suites;
    }

    Optional<ProofSuite> byId(String id) {
        return suites.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
