package dev.junitproof.api.suite;

import dev.junitproof.api.suite.BinaryReportFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A binary report file is a value: equal by name, type and bytes, and its bytes cannot be changed from outside. */
class BinaryReportFileTest {

    @Test
    void isEqualByNameTypeAndBytes() {
        BinaryReportFile chart = new BinaryReportFile("a.png", BinaryReportFile.PNG, new byte[] {1, 2, 3});

        assertThat(chart).isEqualTo(new BinaryReportFile("a.png", BinaryReportFile.PNG, new byte[] {1, 2, 3}))
                .hasSameHashCodeAs(new BinaryReportFile("a.png", BinaryReportFile.PNG, new byte[] {1, 2, 3}));
        assertThat(chart).isNotEqualTo(new BinaryReportFile("b.png", BinaryReportFile.PNG, new byte[] {1, 2, 3}));
        assertThat(chart).isNotEqualTo(new BinaryReportFile("a.png", "image/svg+xml", new byte[] {1, 2, 3}));
        assertThat(chart).isNotEqualTo(new BinaryReportFile("a.png", BinaryReportFile.PNG, new byte[] {1, 2, 4}));
        assertThat(chart).isNotEqualTo("a.png");
        assertThat(chart.hashCode()).isNotEqualTo(new BinaryReportFile("a.png", BinaryReportFile.PNG, new byte[] {3}).hashCode());
    }

    @Test
    void saysItsSizeNotItsBytesAndKeepsThemToItself() {
        byte[] bytes = {1, 2, 3};
        BinaryReportFile chart = new BinaryReportFile("a.png", BinaryReportFile.PNG, bytes);
        bytes[0] = 9;
        chart.content()[1] = 9;

        assertThat(chart.size()).isEqualTo(3);
        assertThat(chart.content()).containsExactly(1, 2, 3);
        assertThat(chart).hasToString("BinaryReportFile[a.png, image/png, 3 bytes]");
    }
}
