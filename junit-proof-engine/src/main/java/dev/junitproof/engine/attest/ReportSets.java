package dev.junitproof.engine.attest;

import org.apiguardian.api.API;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Proof report sets among a directory's file names: {@code <base>.json} with {@code <base>.txt} and
 * {@code <base>.md} beside it, the three files the engine writes for every suite run (and an envelope signs).
 */
@API(status = INTERNAL, since = "0.1")
public final class ReportSets {

    private ReportSets() {
    }

    /** The base names of the report sets among {@code names}, sorted. */
    public static List<String> bases(Collection<String> names) {
        Set<String> all = names instanceof Set<String> set ? set : Set.copyOf(names);
        Set<String> bases = new TreeSet<>();
        for (String name : all) {
            if (name.endsWith(ReportFiles.JSON) && name.length() > ReportFiles.JSON.length()) {
                String base = name.substring(0, name.length() - ReportFiles.JSON.length());
                if (all.contains(base + ReportFiles.TEXT) && all.contains(base + ReportFiles.MARKDOWN)) {
                    bases.add(base);
                }
            }
        }
        return List.copyOf(bases);
    }
}
