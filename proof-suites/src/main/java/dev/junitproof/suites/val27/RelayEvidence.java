package dev.junitproof.suites.val27;

import dev.junitproof.api.suite.DirectoryEntry;
import dev.junitproof.api.suite.EvidenceReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything VAL27 read from one evidence root: the five core slices, their campaign window, and the soak. */
public record RelayEvidence(Map<RelaySlice, CoreSlice> slices, CampaignWindow window, Soak soak) {

    public RelayEvidence {
        slices = Map.copyOf(slices);
    }

    /** Reads the root; bad evidence degrades to MISSING inside, it never throws. */
    static RelayEvidence read(EvidenceReader reader) {
        // The unit itself: it exists, or there would be no run.
        List<DirectoryEntry> rootEntries = reader.list("").optional().orElse(List.of());
        Map<RelaySlice, CoreSlice> slices = new java.util.EnumMap<>(RelaySlice.class);
        List<CoreSlice> ordered = new ArrayList<>();
        for (RelaySlice slice : RelaySlice.values()) {
            CoreSlice core = CoreSlice.read(reader, slice, DirectoryChoice.among(rootEntries, slice.prefix()));
            slices.put(slice, core);
            ordered.add(core);
        }
        Soak soak = SoakDiscovery.find(reader, rootEntries);
        return new RelayEvidence(slices, new CampaignWindow(ordered), soak);
    }

    public CoreSlice slice(RelaySlice slice) {
        return slices.get(slice);
    }

    /** In the seed's order VAL19..VAL23. */
    public List<CoreSlice> ordered() {
        return java.util.Arrays.stream(RelaySlice.values()).map(slices::get).toList();
    }

    public Optional<Val19Report> val19() {
        return slice(RelaySlice.VAL19).report(Val19Report.class);
    }

    public Optional<Val20Report> val20() {
        return slice(RelaySlice.VAL20).report(Val20Report.class);
    }

    public Optional<Val21Report> val21() {
        return slice(RelaySlice.VAL21).report(Val21Report.class);
    }

    public Optional<Val22Report> val22() {
        return slice(RelaySlice.VAL22).report(Val22Report.class);
    }

    public Optional<Val23Report> val23() {
        return slice(RelaySlice.VAL23).report(Val23Report.class);
    }
}
