package dev.junitproof.engine;

import java.util.HexFormat;

/** Lower-case hex, as sha256sum prints digests. */
final class Hex {

    private Hex() {
    }

    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
