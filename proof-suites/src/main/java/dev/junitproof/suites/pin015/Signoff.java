package dev.junitproof.suites.pin015;

/** {@code signoff.json} (optional): the SRE's certification. */
record Signoff(String owner, String date, boolean certified) {
}
