package dev.junitproof.engine.attest;

import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import static dev.junitproof.engine.attest.SignedDemoProof.REPORT;
import static dev.junitproof.engine.attest.SignedDemoProof.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing configuration, key handling, discovery of report directories and the reviewer's command line. */
class AttestationTest {

    private static final String CHECK = "ATTEST-" + REPORT;

    @TempDir
    Path tmp;

    @Test
    void withoutSigningConfigurationNoEnvelopeIsWritten() throws Exception {
        Path unit = SignedDemoProof.evidence(tmp.resolve("evidence"));

        SignedDemoProof.prove(unit, tmp.resolve("out"));

        try (var files = Files.list(tmp.resolve("out").resolve(UNIT))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(REPORT + ".txt", REPORT + ".json", REPORT + ".md", "demo-latency.png");
        }
    }

    @Test
    void anUnreadableSigningKeyFailsTheRunAndWritesNoUnsignedReport() {
        Path unit = SignedDemoProof.evidence(tmp.resolve("evidence"));
        Path notAKey = SignedDemoProof.write(tmp.resolve("key.pem"), "not a key\n");

        ProofRunResult result = SignedDemoProof.prove(unit, tmp.resolve("out"), "proof.sign.key", notAKey.toString());

        // Signing was asked for: an unsigned report set would read as a proof nobody can verify.
        assertThat(result.outcome("DEMO-01")).isEqualTo(Shown.PASSED);
        assertThat(result.unsuccessfulContainers()).singleElement().asString()
                .contains("[suite:DEMO]", "signing is configured but", notAKey.toString());
        assertThat(tmp.resolve("out").resolve(UNIT).resolve(REPORT + ".json")).doesNotExist();
        assertThat(tmp.resolve("out").resolve(UNIT).resolve(REPORT + ".intoto.jsonl")).doesNotExist();
    }

    @Test
    void theDerivedEd25519PublicKeyIsTheJdksForEveryKeyAndTheRfc8032Vector() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        for (int i = 0; i < 16; i++) {
            KeyPair pair = generator.generateKeyPair();
            Ed25519SigningKey derived = Ed25519SigningKey.of(pair.getPrivate());
            assertThat(derived.publicKey().key().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        }
        // RFC 8032 7.1, TEST 1.
        byte[] seed = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        assertThat(HexFormat.of().formatHex(Ed25519PublicKeyDerivation.publicKey(seed)))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        byte[] pkcs8 = HexFormat.of().parseHex("302e020100300506032b657004220420"
                + "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        EdECPrivateKey key = (EdECPrivateKey) KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        assertThat(Ed25519SigningKey.of(key).sign(new byte[0])).asHexString().isEqualToIgnoringCase(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    }

    @Test
    void thePaeIsDsseV1() {
        assertThat(new String(Dsse.pae("application/vnd.in-toto+json", "{}".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)).isEqualTo("DSSEv1 28 application/vnd.in-toto+json 2 {}");
    }

    @Test
    void aPartialRunOrAFirstLevelNotReadyIsFailed() throws Exception {
        var mapper = Envelope.MAPPER;
        assertThat(VerificationResult.of(mapper.readTree(
                "{\"partial_run\":false,\"verdict\":\"X\",\"readiness\":[{\"level\":\"A\",\"status\":\"READY\"}]}")))
                .isEqualTo(VerificationResult.PASSED);
        assertThat(VerificationResult.of(mapper.readTree(
                "{\"partial_run\":true,\"verdict\":null,\"readiness\":[{\"level\":\"A\",\"status\":\"READY\"}]}")))
                .isEqualTo(VerificationResult.FAILED);
        assertThat(VerificationResult.of(mapper.readTree(
                "{\"partial_run\":false,\"verdict\":\"X\",\"readiness\":[{\"level\":\"A\",\"status\":\"NOT_YET\"},"
                        + "{\"level\":\"B\",\"status\":\"READY\"}]}")))
                .isEqualTo(VerificationResult.FAILED);
        assertThat(VerificationResult.of(mapper.readTree("{\"partial_run\":false,\"verdict\":\"X\",\"readiness\":[]}")))
                .isEqualTo(VerificationResult.FAILED);
    }

    @Test
    void anOutputRootWithOneDirectoryPerUnitVerifiesEachAndProofVerifyWorksWithoutSelection() {
        Ed25519SigningKey key = SignedDemoProof.newKey();
        Path privateKey = SignedDemoProof.writePrivate(key, tmp.resolve("k.pem"));
        Path publicKey = SignedDemoProof.writePublic(key, tmp.resolve("k.pub.pem"));
        Path out = tmp.resolve("out");
        SignedDemoProof.prove(SignedDemoProof.evidence(tmp.resolve("a")), out, "proof.sign.key", privateKey.toString());
        Path second = tmp.resolve("b").resolve("demo-lab-2026-03-24");
        SignedDemoProof.evidence(tmp.resolve("b"));
        try {
            Files.move(tmp.resolve("b").resolve(UNIT), second);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SignedDemoProof.prove(second, out, "proof.sign.key", privateKey.toString());

        ProofRunResult selected = ProofRunner.selectDirectory(out).config("proof.verify.key", publicKey.toString())
                .run(tmp.resolve("verified"));
        ProofRunResult configured = ProofRunner.withoutSelectors().config("proof.verify", out.toString())
                .config("proof.verify.key", publicKey.toString()).run(tmp.resolve("verified2"));

        for (ProofRunResult result : new ProofRunResult[] {selected, configured}) {
            assertThat(result.finishedUniqueIds()).contains(
                    "[engine:proof]/[evidence:" + UNIT + "]/[suite:ATTEST]/[group:matrix]/[check:" + CHECK + "]",
                    "[engine:proof]/[evidence:demo-lab-2026-03-24]/[suite:ATTEST]/[group:matrix]/[check:" + CHECK + "]");
            // The report directories are named like DEMO's lab directories; they are verified, not proved as evidence.
            assertThat(result.finishedUniqueIds()).noneMatch(id -> id.contains("[suite:DEMO]"));
            assertThat(result.count(Shown.FAILED)).isZero();
            assertThat(result.report("demo-lab-2026-03-24", "attest-proof-report.txt")).contains("ATTESTATIONS VERIFIED");
        }
    }

    @Test
    void withoutAVerificationKeyEveryCheckFailsSayingWhatToSet() {
        Path unit = SignedDemoProof.evidence(tmp.resolve("evidence"));
        SignedDemoProof.prove(unit, tmp.resolve("out"), "proof.sign.key",
                SignedDemoProof.writePrivate(SignedDemoProof.newKey(), tmp.resolve("k.pem")).toString());

        ProofRunResult result = ProofRunner.selectDirectory(tmp.resolve("out").resolve(UNIT)).run(tmp.resolve("v"));

        assertThat(result.message(CHECK)).contains("no verification key: set proof.verify.key=");
    }

    @Test
    void theHmacKeyVerifiesThroughTheSuiteWhenItsVariableIsSet() {
        Path unit = SignedDemoProof.evidence(tmp.resolve("evidence"));
        Path reports = tmp.resolve("out").resolve(UNIT);
        SignedDemoProof.prove(unit, tmp.resolve("out"));
        Map<String, String> env = Map.of("K", "s3cret");
        AttestConfiguration.class.getName();
        dev.junitproof.api.suite.ProofSettings sign = k -> Optional.ofNullable(Map.of("proof.sign.hmac-key-env", "K").get(k));
        dev.junitproof.api.suite.ProofSettings verify = k -> Optional.ofNullable(Map.of("proof.verify.hmac-key-env", "K").get(k));

        try {
            Signer.sign(ReportFiles.ofJson(reports.resolve(REPORT + ".json")),
                    AttestConfiguration.signingKeys(sign, n -> Optional.ofNullable(env.get(n))), "test");
            VerificationKey key = AttestConfiguration.verificationKey(verify, n -> Optional.ofNullable(env.get(n)));
            assertThat(Verifier.verify(new DirectoryFiles(reports), REPORT + ".intoto.jsonl", key,
                    s -> EvidenceDirectory.locate(Optional.empty(), reports, s.resourceUri())))
                    .isInstanceOf(Verification.Verified.class);
            VerificationKey other = AttestConfiguration.verificationKey(verify, n -> Optional.of("other"));
            assertThat(Verifier.verify(new DirectoryFiles(reports), REPORT + ".intoto.jsonl", other, s -> null))
                    .isInstanceOfSatisfying(Verification.Rejected.class,
                            r -> assertThat(r.message()).startsWith("wrong key: the envelope is signed by hmac-sha256:"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theCommandLineSignsVerifiesArchivesExtractsAndResigns() throws Exception {
        Path unit = SignedDemoProof.evidence(tmp.resolve("evidence"));
        SignedDemoProof.prove(unit, tmp.resolve("out"));
        Path reports = tmp.resolve("out").resolve(UNIT);
        Path envelope = reports.resolve(REPORT + ".intoto.jsonl");
        Map<String, String> env = Map.of("NEW_HMAC", "rotated-secret");

        assertThat(tool("keygen", tmp.resolve("keys").toString()).exit).isZero();
        assertThat(tool("keygen", tmp.resolve("keys").toString()).err).contains("not overwritten");
        String priv = tmp.resolve("keys/proof-signing-key.pem").toString();
        String pub = tmp.resolve("keys/proof-signing-key.pub.pem").toString();
        assertThat(tool("sign", reports.resolve(REPORT + ".json").toString(), "--key", priv).exit).isZero();
        Run verified = tool("verify", envelope.toString(), "--key", pub);
        assertThat(verified.exit).isZero();
        assertThat(verified.out).contains("VERIFIED", "proof-suite:DEMO PASSED [PARTNER_READY]");
        assertThat(tool("archive", envelope.toString(), "--key", pub, "--out", tmp.resolve("p.tar.gz").toString()).exit).isZero();
        assertThat(tool("extract", tmp.resolve("p.tar.gz").toString(), tmp.resolve("x").toString()).exit).isZero();
        Path extracted = tmp.resolve("x").resolve(UNIT).resolve(REPORT + ".intoto.jsonl");
        assertThat(tool("verify", extracted.toString(), "--key", pub).exit).isZero();
        Run resigned = run(env, "resign", extracted.toString(), "--old-key", pub, "--hmac-env", "NEW_HMAC");
        assertThat(resigned.exit).as(resigned.err).isZero();
        assertThat(run(env, "verify", extracted.toString(), "--hmac-env", "NEW_HMAC").exit).isZero();
        Run old = tool("verify", extracted.toString(), "--key", pub);
        assertThat(old.exit).isEqualTo(1);
        assertThat(old.err).contains("NOT VERIFIED", "wrong key");
        assertThat(tool("frobnicate").exit).isEqualTo(2);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run tool(String... args) {
        return run(Map.of(), args);
    }

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AttestationTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), n -> Optional.ofNullable(env.get(n)));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
