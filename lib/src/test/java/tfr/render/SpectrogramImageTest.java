package tfr.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tfr.reassign.TfGrid;

class SpectrogramImageTest {

    /** 40 x 30 cells over 0..2 s x 0..8 kHz; cell centres are exact enough to hit the intended cells. */
    private static TfGrid smallGrid() {
        return TfGrid.linear(0.0, 2.0, 40, 0.0, 8000.0, 30);
    }

    private static void addToCell(TfGrid grid, int timeIx, int freqIx, double power) {
        grid.add(grid.timeSecAt(timeIx), grid.freqHzAt(freqIx), power);
    }

    private static int rgbAt(BufferedImage image, Point p) {
        return image.getRGB(p.x, p.y) & 0xFFFFFF;
    }

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "surefire runs with -Djava.awt.headless=true");
        BufferedImage image = SpectrogramImage.of(smallGrid()).toImage();
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
    }

    @Test
    void imageHoldsThePlotAtOnePixelPerCellPlusMargins() {
        TfGrid grid = smallGrid();
        SpectrogramImage.Rendered r = SpectrogramImage.of(grid).render();
        Rectangle plot = r.plotArea();
        assertEquals(new Rectangle(plot.x, plot.y, 40, 30), plot);
        assertTrue(r.image().getWidth() > grid.timePx() + 50, "axes and colour bar need room");
        assertTrue(r.image().getHeight() > grid.freqPx() + 30, "time axis needs room");
        assertTrue(plot.x > 0 && plot.y > 0, "labels on the left and above");
        assertTrue(new Rectangle(0, 0, r.image().getWidth(), r.image().getHeight()).contains(r.colorBarArea()));
        assertTrue(r.colorBarArea().x > plot.x + plot.width, "colour bar right of the plot");
    }

    @Test
    void maxCellGetsTopColourEmptyCellBottomColourFrequencyUpward() {
        TfGrid grid = smallGrid();
        ColorMap map = ColorMap.EMBER;
        addToCell(grid, 0, 29, 1.0);            // top-left corner: the max
        addToCell(grid, 39, 0, 1.0);            // bottom-right corner: the max too
        addToCell(grid, 10, 5, Math.pow(10, -4.4)); // -44 dB: fraction 46/90 = 0.511, index 130 (not a bin edge)
        SpectrogramImage.Rendered r = SpectrogramImage.of(grid).colorMap(map).render();
        BufferedImage image = r.image();
        Rectangle plot = r.plotArea();
        // Computed from the plot area alone: frequency index 29 is the top row.
        assertEquals(map.rgbAt(255), image.getRGB(plot.x, plot.y) & 0xFFFFFF);
        assertEquals(map.rgbAt(255), image.getRGB(plot.x + 39, plot.y + plot.height - 1) & 0xFFFFFF);
        assertEquals(map.rgbAt(0), image.getRGB(plot.x + 20, plot.y + 15) & 0xFFFFFF, "empty cell");
        assertEquals(map.rgb(46.0 / 90), rgbAt(image, r.cellPixel(10, 5)));
        assertEquals(new Point(plot.x + 10, plot.y + plot.height - 6), r.cellPixel(10, 5));
        assertEquals(1.0, r.referencePower());
    }

    @Test
    void scaleDrawsNearestNeighbourBlocks() {
        TfGrid grid = smallGrid();
        addToCell(grid, 3, 4, 1.0);
        int s = 3;
        SpectrogramImage.Rendered r = SpectrogramImage.of(grid).scale(s).colorMap(ColorMap.GREY).render();
        assertEquals(40 * s, r.plotArea().width);
        assertEquals(30 * s, r.plotArea().height);
        Point p = r.cellPixel(3, 4);
        for (int dy = 0; dy < s; dy++) {
            for (int dx = 0; dx < s; dx++) {
                assertEquals(0xFFFFFF, r.image().getRGB(p.x + dx, p.y + dy) & 0xFFFFFF);
            }
        }
        assertEquals(0x000000, r.image().getRGB(p.x + s, p.y) & 0xFFFFFF, "next cell is empty");
        assertEquals(0x000000, r.image().getRGB(p.x, p.y - 1) & 0xFFFFFF, "cell above is empty");
    }

    @Test
    void explicitReferenceSaturatesAboveAndShiftsLevels() {
        TfGrid grid = smallGrid();
        double ref = 1e-3;
        addToCell(grid, 1, 1, 2 * ref);                      // +3 dB: saturates at the top
        addToCell(grid, 2, 2, ref * Math.pow(10, -2.1));     // -21 dB in a 60 dB range: fraction 0.65
        addToCell(grid, 3, 3, ref * Math.pow(10, -7));       // -70 dB: below the range
        SpectrogramImage.Rendered r = SpectrogramImage.of(grid).referencePower(ref, "full scale")
                .dynamicRangeDb(60).render();
        ColorMap map = ColorMap.EMBER;
        assertEquals(map.rgbAt(255), rgbAt(r.image(), r.cellPixel(1, 1)));
        assertEquals(map.rgb(39.0 / 60), rgbAt(r.image(), r.cellPixel(2, 2)));
        assertEquals(map.rgbAt(0), rgbAt(r.image(), r.cellPixel(3, 3)));
        assertEquals(ref, r.referencePower());
        assertEquals(60.0, r.dynamicRangeDb());
    }

    @Test
    void silenceRendersAllBottomColourWithLabelledColourBar() {
        TfGrid silent = smallGrid();
        SpectrogramImage.Rendered r = SpectrogramImage.of(silent).render();
        int bottom = ColorMap.EMBER.rgbAt(0);
        Rectangle plot = r.plotArea();
        for (int y = plot.y; y < plot.y + plot.height; y++) {
            for (int x = plot.x; x < plot.x + plot.width; x++) {
                assertEquals(bottom, r.image().getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertEquals(0.0, r.referencePower());
        Rectangle bar = r.colorBarArea();
        assertEquals(ColorMap.EMBER.rgbAt(255), r.image().getRGB(bar.x, bar.y) & 0xFFFFFF);
        assertEquals(bottom, r.image().getRGB(bar.x, bar.y + bar.height - 1) & 0xFFFFFF);

        // Same axes with energy: the colour bar labels (everything right of the bar) must be identical.
        TfGrid loud = smallGrid();
        addToCell(loud, 5, 5, 1.0);
        SpectrogramImage.Rendered l = SpectrogramImage.of(loud).render();
        assertEquals(r.image().getWidth(), l.image().getWidth());
        int darkPixels = 0;
        for (int y = 0; y < r.image().getHeight(); y++) {
            for (int x = bar.x + bar.width + 1; x < r.image().getWidth(); x++) {
                int a = r.image().getRGB(x, y) & 0xFFFFFF;
                assertEquals(l.image().getRGB(x, y) & 0xFFFFFF, a, "label pixel at " + x + "," + y);
                if ((a & 0xFF) < 128) {
                    darkPixels++;
                }
            }
        }
        assertTrue(darkPixels > 50, "colour bar labels are drawn: " + darkPixels + " dark pixels");
    }

    @Test
    void axesAreLabelledAndTitleAddsRoom() {
        TfGrid grid = smallGrid();
        // scale 4: a 120 px tall plot, taller than the rotated "frequency (kHz)" title beside it
        SpectrogramImage.Rendered plain = SpectrogramImage.of(grid).scale(4).render();
        SpectrogramImage.Rendered titled = SpectrogramImage.of(grid).scale(4).title("A title").render();
        assertTrue(titled.plotArea().y > plain.plotArea().y, "title sits above the plot");
        assertTrue(countDark(plain.image(), new Rectangle(0, 0, plain.plotArea().x - 2, plain.image().getHeight())) > 50,
                "frequency labels left of the plot");
        Rectangle below = new Rectangle(0, plain.plotArea().y + plain.plotArea().height + 2, plain.image().getWidth(),
                plain.image().getHeight() - plain.plotArea().y - plain.plotArea().height - 2);
        assertTrue(countDark(plain.image(), below) > 50, "time labels below the plot");
    }

    @Test
    void logGridRenders() {
        TfGrid grid = TfGrid.log(0.0, 5.0, 200, 20.0, 20000.0, 150);
        addToCell(grid, 100, 75, 1.0);
        SpectrogramImage.Rendered r = SpectrogramImage.of(grid).render();
        assertEquals(ColorMap.EMBER.rgbAt(255), rgbAt(r.image(), r.cellPixel(100, 75)));
        assertTrue(countDark(r.image(), new Rectangle(0, 0, r.plotArea().x - 2, r.image().getHeight())) > 50);
    }

    /** Speed lives in the benchmark; here only that a full-size 2000 × 1000 grid renders completely. */
    @Test
    void largeGridRenders() {
        TfGrid grid = TfGrid.linear(0.0, 300.0, 2000, 0.0, 22050.0, 1000);
        Random rnd = new Random(3);
        for (int i = 0; i < 300_000; i++) {
            grid.add(300 * rnd.nextDouble(), 22050 * rnd.nextDouble(), rnd.nextDouble());
        }
        BufferedImage image = SpectrogramImage.of(grid).title("full size").toImage();
        assertTrue(image.getWidth() > 2000 && image.getHeight() > 1000);
    }

    @Test
    void invalidArgumentsNameTheParameter() {
        assertBadArgument("grid", () -> SpectrogramImage.of(null));
        SpectrogramImage b = SpectrogramImage.of(smallGrid());
        assertBadArgument("rangeDb", () -> b.dynamicRangeDb(0));
        assertBadArgument("rangeDb", () -> b.dynamicRangeDb(Double.NaN));
        assertBadArgument("power", () -> b.referencePower(-1));
        assertBadArgument("power", () -> b.referencePower(0));
        assertBadArgument("name", () -> b.referencePower(1, " "));
        assertBadArgument("pixelsPerCell", () -> b.scale(0));
        assertBadArgument("map", () -> b.colorMap(null));
        SpectrogramImage.Rendered r = b.render();
        assertBadArgument("timeIx", () -> r.cellPixel(40, 0));
        assertBadArgument("freqIx", () -> r.cellPixel(0, -1));
    }

    @Test
    void tickHelpers() {
        assertEquals(0.5, SpectrogramImage.nextNice(0.3), 1e-15);
        assertEquals(5.0, SpectrogramImage.nextNice(2.6), 1e-15);
        assertEquals(1.0, SpectrogramImage.nextNice(1.0), 1e-15);
        assertEquals(10.0, SpectrogramImage.nextNice(7.0), 1e-15);
        assertEquals(0.02, SpectrogramImage.nextNice(0.0123), 1e-15);
        assertEquals("\u221210", SpectrogramImage.formatFixed(-10, 0));
        assertEquals("0.0", SpectrogramImage.formatFixed(-0.0001, 1));
        assertEquals("2.50", SpectrogramImage.formatFixed(2.5, 2));
        assertEquals("20k", SpectrogramImage.formatHzShort(20000));
        assertEquals("2.5k", SpectrogramImage.formatHzShort(2500));
        assertEquals("50", SpectrogramImage.formatHzShort(50));
        assertEquals("0.5", SpectrogramImage.formatHzShort(0.5));
    }

    @Test
    void renderedToStringShowsSizesNotPixels() {
        String s = SpectrogramImage.of(smallGrid()).render().toString();
        assertTrue(s.contains("plot 40 x 30 px"), s);
        assertFalse(s.contains("@"), s);
        assertEquals("SpectrogramImage[TfGrid[40 x 30 px, 0.000–2.000 s, 0.0–8000.0 Hz LINEAR, 0 points], EMBER, "
                + "60.0 dB range re max, 2 px/cell, title \"t\"]",
                SpectrogramImage.of(smallGrid()).dynamicRangeDb(60).scale(2).title("t").toString());
    }

    private static int countDark(BufferedImage image, Rectangle area) {
        int n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void assertBadArgument(String parameter, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(parameter), "message should name " + parameter + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one-line message: " + e.getMessage());
    }
}
