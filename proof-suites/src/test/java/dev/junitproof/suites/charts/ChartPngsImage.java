package dev.junitproof.suites.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** A PNG decoded for tests that look at its pixels. */
final class ChartPngsImage {

    private ChartPngsImage() {
    }

    static BufferedImage of(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
