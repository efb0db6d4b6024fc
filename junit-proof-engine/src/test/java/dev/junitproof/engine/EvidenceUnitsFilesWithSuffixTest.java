package dev.junitproof.engine;

import dev.junitproof.api.suite.EvidenceLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The files-with-suffix layout: a directory holding such files is a unit; else each child that holds one. */
class EvidenceUnitsFilesWithSuffixTest {

    @TempDir
    Path tmp;

    @Test
    void aSelectedDirectoryHoldingAClaimedFileIsTheUnitElseEachChildThatHoldsOne() throws Exception {
        Path root = tmp.resolve("reports");
        Files.createDirectories(root.resolve("demo-lab-2026-03-23"));
        Files.writeString(root.resolve("demo-lab-2026-03-23/x.intoto.jsonl"), "{}\n");
        Files.createDirectories(root.resolve("other"));
        Files.writeString(root.resolve("other/y.intoto.jsonl"), "{}\n");
        Files.createDirectories(root.resolve("unsigned"));
        Files.writeString(root.resolve("unsigned/report.json"), "{}\n");
        Files.createDirectories(root.resolve("named-like-a-file.intoto.jsonl"));
        Files.createDirectories(root.resolve("demo-lab-2026-03-22"));
        Files.writeString(root.resolve("demo-lab-2026-03-22/demo.json"), "{}\n");
        FilesSuite signed = new FilesSuite();
        DemoSuite demo = new DemoSuite();

        List<EvidenceUnit> fromRoot = EvidenceUnits.locate(root, List.of(demo, signed), true);
        List<EvidenceUnit> direct = EvidenceUnits.locate(root.resolve("other"), List.of(demo, signed), true);

        assertThat(fromRoot).extracting(EvidenceUnit::name, u -> u.suites().get(0).id())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("demo-lab-2026-03-22", "DEMO"),
                        // Named like DEMO's lab directory, but it holds signed reports: verified, not proved.
                        org.assertj.core.groups.Tuple.tuple("demo-lab-2026-03-23", "FILES"),
                        org.assertj.core.groups.Tuple.tuple("other", "FILES"));
        assertThat(direct).extracting(EvidenceUnit::name).containsExactly("other");
        assertThat(EvidenceLayout.containingFiles(".intoto.jsonl").dateOf("demo-lab-2026-03-23")).isEmpty();
        assertThat(EvidenceLayout.containingFiles(".intoto.jsonl").claimsFile(".intoto.jsonl")).isFalse();
    }

    /** A suite that claims directories of {@code *.intoto.jsonl} files; never run here. */
    private static final class FilesSuite implements dev.junitproof.api.suite.ProofSuite {
        public String id() {
            return "FILES";
        }

        public String title() {
            return "FILES";
        }

        public EvidenceLayout layout() {
            return EvidenceLayout.containingFiles(".intoto.jsonl");
        }

        public dev.junitproof.api.suite.SuiteProof prove(dev.junitproof.api.suite.EvidenceReader reader,
                dev.junitproof.api.suite.ProofSettings settings) {
            throw new UnsupportedOperationException();
        }
    }
}
