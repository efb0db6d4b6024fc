package dev.junitproof.engine;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Small files are split in memory; the lines must be exactly those the streamed path's BufferedReader gives. */
class TextLinesTest {

    private static List<String> split(String text) throws TextLines.NotUtf8 {
        List<String> lines = new ArrayList<>();
        long count = TextLines.split(text.getBytes(StandardCharsets.UTF_8), lines::add);
        assertThat(count).isEqualTo(lines.size());
        return lines;
    }

    /** What the streamed path yields: BufferedReader's lines, the first without a byte order mark. */
    private static List<String> readerLines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
        }
        return lines;
    }

    @Test
    void splitsAtEveryTerminatorBufferedReaderKnows() throws Exception {
        assertThat(split("a\nb\r\nc\rd")).containsExactly("a", "b", "c", "d");
        assertThat(split("a\n")).containsExactly("a");
        assertThat(split("\n\n")).containsExactly("", "");
        assertThat(split("")).isEmpty();
        assertThat(split("\uFEFFone\ntwo")).containsExactly("one", "two");
        assertThat(split("\uFEFF")).containsExactly("");
        assertThat(split("x\n\uFEFFy")).containsExactly("x", "\uFEFFy");
    }

    @Test
    void agreesWithBufferedReaderOnRandomText() throws Exception {
        String alphabet = "ab\r\n\uFEFFé€\uD83D\uDE00 ";
        Random random = new Random(20261123L);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                if (Character.isHighSurrogate(c)) {
                    text.append(c).append('\uDE00');
                } else if (!Character.isLowSurrogate(c)) {
                    text.append(c);
                }
            }
            String sample = text.toString();
            assertThat(split(sample)).as("lines of %s", sample.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(readerLines(sample));
        }
    }

    @Test
    void malformedUtf8NamesItsLine() {
        byte[] bytes = {'o', 'k', '\r', '\n', 'f', 'i', 'n', 'e', '\r', 'b', 'a', (byte) 0xC3, (byte) 0x28, '\n'};

        assertThatThrownBy(() -> TextLines.split(bytes, line -> { }))
                .isInstanceOf(TextLines.NotUtf8.class)
                .hasMessage("not valid UTF-8 text (line 3)");
    }

    @Test
    void aMalformedFirstByteIsLineOne() {
        assertThatThrownBy(() -> TextLines.split(new byte[] {(byte) 0xFF}, line -> { }))
                .hasMessage("not valid UTF-8 text (line 1)");
    }
}
