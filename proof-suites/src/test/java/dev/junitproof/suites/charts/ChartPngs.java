package dev.junitproof.suites.charts;

import dev.junitproof.testing.ProofRunResult;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/** What the suites' chart tests check of a PNG: that ImageIO reads it, at the renderer's size. Bytes are not compared. */
public final class ChartPngs {

    private ChartPngs() {
    }

    public static void assertValidChart(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("a PNG ImageIO reads").isNotNull();
            assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
            assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chart a run wrote next to its reports. */
    public static void assertChartWritten(ProofRunResult run, String unit, String file) {
        Path png = run.outputDir().resolve(unit).resolve(file);
        assertThat(png).as(file + " next to the reports").isRegularFile();
        try {
            assertValidChart(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
