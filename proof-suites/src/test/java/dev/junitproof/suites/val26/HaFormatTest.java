package dev.junitproof.suites.val26;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HaFormatTest {

    @Test
    void millisecondsShowWhatTheEvidenceCarriesWithoutClippingOrRounding() {
        assertThat(HaFormat.ms(342.0)).isEqualTo("342");
        assertThat(HaFormat.ms(0)).isEqualTo("0");
        assertThat(HaFormat.ms(0.04)).isEqualTo("0.04");
        assertThat(HaFormat.ms(5000.5)).isEqualTo("5000.5");
        assertThat(HaFormat.ms(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void sizesAreGroupedByThousands() {
        assertThat(HaFormat.grouped(2000)).isEqualTo("2,000");
        assertThat(HaFormat.grouped(500)).isEqualTo("500");
    }
}
