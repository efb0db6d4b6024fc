package dev.junitproof.engine.attest;

import java.util.List;

/** Why a signed proof does not verify; each kind has its own message, so a reviewer sees which check broke. */
sealed interface Problem {

    String message();

    /** The envelope or its statement cannot be read. */
    record Malformed(String detail) implements Problem {
        public String message() {
            return "malformed attestation: " + detail;
        }
    }

    /** No configured key, or a key file that cannot be read: nothing can be verified. */
    record NoKey(String detail) implements Problem {
        public String message() {
            return "no verification key: " + detail;
        }
    }

    /** None of the envelope's signatures is by the verification key. */
    record WrongKey(List<String> signedBy, String verifyingWith) implements Problem {
        public String message() {
            return "wrong key: the envelope is signed by " + String.join(", ", signedBy)
                    + ", not by the verification key " + verifyingWith;
        }
    }

    /** A signature by the verification key that does not verify: the signature or the signed payload changed. */
    record SignatureInvalid(String keyid) implements Problem {
        public String message() {
            return "signature invalid: the signature by " + keyid
                    + " does not verify (the envelope's signature or payload was altered)";
        }
    }

    record ReportMissing(String name, String detail) implements Problem {
        public String message() {
            return "report missing: " + name + " named by the statement's subject (" + detail + ")";
        }
    }

    /** The report file changed after it was signed. */
    record ReportAltered(String name, String actual, String attested) implements Problem {
        public String message() {
            return "report altered: " + name + " has sha256 " + actual + ", the signed statement says " + attested;
        }
    }

    record EvidenceMissing(String path, String directory, String detail) implements Problem {
        public String message() {
            return "evidence missing: " + path + " in " + directory + " (" + detail + ")";
        }
    }

    /** An evidence file changed after the proof read it. */
    record EvidenceAltered(String path, String directory, String actual, String attested) implements Problem {
        public String message() {
            return "evidence altered: " + path + " in " + directory + " has sha256 " + actual
                    + ", the signed statement says " + attested;
        }
    }

    /** The envelope attests other files than the report it sits beside and is named for, or another suite's. */
    record NotBound(String detail) implements Problem {
        public String message() {
            return "envelope not bound to this report: " + detail;
        }
    }

    /** A proof report with no envelope beside it, where signed reports are verified. */
    record Unsigned(String report, String envelope) implements Problem {
        public String message() {
            return "not signed: " + report + " is a proof report with no " + envelope + " beside it";
        }
    }
}
