package dev.junitproof.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The lines of a small text file held in memory, split the way {@link java.io.BufferedReader#readLine()} splits
 * them (at {@code \n}, {@code \r} or {@code \r\n}; a last line without a terminator still counts), with a
 * leading byte order mark dropped. Strict UTF-8: a malformed byte is refused with the line it is on.
 */
final class TextLines {

    /** The text is not UTF-8; the message names the line. */
    static final class NotUtf8 extends Exception {
        NotUtf8(long line) {
            super("not valid UTF-8 text (line " + line + ")");
        }
    }

    private TextLines() {
    }

    /** Feeds each line to {@code consumer}; returns how many there were. */
    static long split(byte[] bytes, Consumer<String> consumer) throws NotUtf8 {
        CharSequence text = decode(bytes);
        int length = text.length();
        int start = 0;
        long lines = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                consumer.accept(line(text, start, i, lines));
                lines++;
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            consumer.accept(line(text, start, length, lines));
            lines++;
        }
        return lines;
    }

    /** Line {@code index} (0-based) of the text; the first loses a byte order mark, as a line, not as text. */
    private static String line(CharSequence text, int start, int end, long index) {
        if (index == 0 && start < end && text.charAt(start) == '\uFEFF') {
            start++;
        }
        return text.subSequence(start, end).toString();
    }

    private static CharSequence decode(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8(lineAt(bytes, in.position()));
        }
        decoder.flush(out);
        return out.flip();
    }

    /** The 1-based line of byte {@code offset}, counting terminators as {@link #split} does. */
    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= offset || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
