package dev.junitproof.engine;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading up to the limit is fine, one byte past it is refused, whichever read method gets there. */
class CountingInputStreamTest {

    private static CountingInputStream of(int bytes, long limit) {
        return new CountingInputStream(new ByteArrayInputStream(new byte[bytes]), limit);
    }

    @Test
    void exactlyTheLimitIsRead() throws IOException {
        try (CountingInputStream in = of(10, 10)) {
            assertThat(in.readAllBytes()).hasSize(10);
            assertThat(in.count()).isEqualTo(10);
        }
    }

    @Test
    void oneBytePastTheLimitIsRefused() {
        assertThatThrownBy(() -> of(11, 10).readAllBytes())
                .isInstanceOf(CountingInputStream.TooLarge.class).hasMessage("more than 10 bytes");
    }

    @Test
    void singleByteReadsCountAndStopAtTheLimit() throws IOException {
        try (CountingInputStream in = of(3, 2)) {
            assertThat(in.read()).isZero();
            assertThat(in.read()).isZero();
            assertThat(in.count()).isEqualTo(2);
            assertThatThrownBy(in::read).isInstanceOf(CountingInputStream.TooLarge.class);
        }
        try (CountingInputStream in = of(1, 5)) {
            assertThat(in.read()).isZero();
            assertThat(in.read()).as("the end is not a byte").isEqualTo(-1);
            assertThat(in.count()).isEqualTo(1);
        }
    }
}
