package tfr.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class ChartsTest {

    @Test
    void lineChartRendersHeadlessToANonBlankImage() {
        assertTrue(GraphicsEnvironment.isHeadless(), "surefire runs with -Djava.awt.headless=true");
        XYChart chart = Charts.line("sine", "time (s)", "amplitude");
        double[] t = new double[200];
        double[] y = new double[200];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / 100.0;
            y[i] = Math.sin(2 * Math.PI * 2 * t[i]);
        }
        chart.addSeries("2 Hz", t, y);
        BufferedImage image = Charts.toImage(chart);
        assertEquals(Charts.DEFAULT_WIDTH_PX, image.getWidth());
        assertEquals(Charts.DEFAULT_HEIGHT_PX, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0;
        for (int py = 0; py < image.getHeight(); py++) {
            for (int px = 0; px < image.getWidth(); px++) {
                int rgb = image.getRGB(px, py) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        // A blank canvas has 1 colour; text, grid and an antialiased curve give dozens.
        assertTrue(colours.size() > 20, "distinct colours: " + colours.size());
        assertTrue(nonWhite > 2_000, "non-white pixels: " + nonWhite);
    }

    @Test
    void invalidSizesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.line("t", "x", "y", 0, 100));
        assertTrue(e.getMessage().startsWith("widthPx"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Charts.toImage(null));
    }
}
