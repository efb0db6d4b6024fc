package dev.junitproof.suites.val24;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.result.Outcomes;

import java.util.Optional;

/**
 * VAL24's evaluation as data, for VAL27: a soak directory under an evidence root, evaluated exactly as the VAL24
 * suite would (default mode, same checks), returned as the contract's VAL24 report document
 * ({@code schema: val24-report/v1}). Bind it with {@code reader.bind(document, YourRecord.class)}.
 */
public final class Val24Evaluation {

    private Val24Evaluation() {
    }

    /**
     * @param reader        a reader whose unit holds the soak directory
     * @param soakDirectory the soak directory relative to the reader's unit ({@code ""} for the unit itself)
     * @param generatedAt   the document's {@code generated_at} (the caller's report clock; never the wall clock here)
     * @return the document, or MISSING with the detail naming the unreadable file ({@code soak.json},
     *         {@code peer-received.json})
     */
    public static Loaded<ObjectNode> evaluate(EvidenceReader reader, String soakDirectory, String generatedAt) {
        String base = soakDirectory.isEmpty() || soakDirectory.endsWith("/") ? soakDirectory : soakDirectory + "/";
        Loaded<SoakAccounting> soak = new SoakAccountant(reader, base).account();
        if (!soak.isPresent()) {
            return soak.map(s -> null);
        }
        Val24Proof proof = new Val24Proof(soak, Val24Settings.defaults(), base);
        Outcomes outcomes = new StandaloneOutcomes(proof.plan());
        ObjectNode document = Val24Document.report(soak, proof.mode(), generatedAt, soakDirectory, outcomes,
                Optional.of(Val24Proof.verdictOf(outcomes)));
        return new Loaded.Present<>(base + SoakAccountant.SOAK_FILE, document);
    }
}
