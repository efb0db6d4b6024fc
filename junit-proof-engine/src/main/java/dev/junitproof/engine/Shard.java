package dev.junitproof.engine;

import org.apiguardian.api.API;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One share of the suite runs ({@code proof.shard=I/N}, 1-based), for CI jobs that prove a large evidence root in
 * parallel. A run belongs to the shard its own name (evidence unit and suite) hashes to, so the share is
 * deterministic and adding or removing evidence units never moves the others between shards.
 */
@API(status = INTERNAL, since = "0.1")
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, found " + index + "/" + count);
        }
    }

    /** {@code 2/4}; empty when the text is not of that form. */
    public static Optional<Shard> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int index = Integer.parseInt(m.group(1));
            int count = Integer.parseInt(m.group(2));
            return count >= 1 && index >= 1 && index <= count ? Optional.of(new Shard(index, count)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the suite run of {@code suiteId} over the unit named {@code unitName} is this shard's. */
    public boolean includes(String unitName, String suiteId) {
        return Math.floorMod(hash(unitName + "/" + suiteId), count) == index - 1;
    }

    private static long hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (digest[i] & 0xFF);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
