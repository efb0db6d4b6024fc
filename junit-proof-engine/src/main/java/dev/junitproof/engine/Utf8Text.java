package dev.junitproof.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Evidence text is UTF-8, strictly (malformed bytes are refused, never replaced); a leading BOM is tolerated. */
final class Utf8Text {

    private Utf8Text() {
    }

    static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        return decoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Every line of a large file, streamed; returns how many. */
    static long lines(InputStream in, Consumer<String> line) throws IOException {
        long lines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder()))) {
            String text;
            boolean first = true;
            while ((text = reader.readLine()) != null) {
                if (first && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                first = false;
                lines++;
                line.accept(text);
            }
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 text (line " + (lines + 1) + ")");
        }
        return lines;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
