package tfr.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorMapTest {

    @Test
    void cielabConversionMatchesReferenceValues() {
        // Reference values for D65 sRGB, as tabulated to 2 decimals: tolerances are that rounding.
        assertEquals(100.0, Cielab.lightness(0xFFFFFF), 0.005);
        assertEquals(0.0, Cielab.lightness(0x000000), 0.005);
        assertEquals(50.03, Cielab.lightness(0x777777), 0.005);
        double[] red = Cielab.fromRgb(0xFF0000);
        assertEquals(53.24, red[0], 0.01);
        assertEquals(80.09, red[1], 0.01);
        assertEquals(67.20, red[2], 0.01);
        double[] white = Cielab.fromRgb(0xFFFFFF);
        assertEquals(0.0, white[1], 0.01); // neutral: a* = b* = 0
        assertEquals(0.0, white[2], 0.01);
    }

    @Test
    void lightnessIsStrictlyIncreasingInEveryMap() {
        for (ColorMap map : ColorMap.values()) {
            double previous = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < ColorMap.SIZE; i++) {
                double lStar = Cielab.lightness(map.rgbAt(i));
                assertTrue(lStar > previous, map + ": L* at " + i + " = " + lStar + " <= " + previous);
                previous = lStar;
            }
        }
    }

    @Test
    void emberRunsFromNearBlackToNearWhiteInEvenSteps() {
        ColorMap map = ColorMap.EMBER;
        assertTrue(Cielab.lightness(map.rgbAt(0)) < 6, "bottom should be near black");
        assertTrue(Cielab.lightness(map.rgbAt(255)) > 95, "top should be near white");
        // Designed as a linear L* ramp of (98 - 4) / 255 = 0.37 per entry; 8-bit rounding moves each
        // entry by up to ~0.2, so every step stays within [0.1, 0.65].
        for (int i = 1; i < ColorMap.SIZE; i++) {
            double step = Cielab.lightness(map.rgbAt(i)) - Cielab.lightness(map.rgbAt(i - 1));
            assertTrue(step >= 0.1 && step <= 0.65, "L* step at " + i + " = " + step);
        }
    }

    @Test
    void emberHueSweepsPurpleToRedToPaleYellow() {
        ColorMap map = ColorMap.EMBER;
        double[] low = Cielab.fromRgb(map.rgbAt(40));   // dark purple: blue-ish (b* < 0) and red-ish (a* > 0)
        assertTrue(low[1] > 5 && low[2] < -5, "entry 40 should be purple");
        double[] mid = Cielab.fromRgb(map.rgbAt(128));  // red: strongly a*
        assertTrue(mid[1] > 40 && Math.abs(mid[2]) < mid[1], "entry 128 should be red");
        double[] high = Cielab.fromRgb(map.rgbAt(240)); // pale yellow: b* dominates a*
        assertTrue(high[2] > 15 && high[2] > Math.abs(high[1]), "entry 240 should be yellowish");
        double[] top = Cielab.fromRgb(map.rgbAt(255));
        assertTrue(Math.hypot(top[1], top[2]) < 40, "top should be pale, not saturated");
    }

    @Test
    void greyIsNeutral() {
        for (int i = 0; i < ColorMap.SIZE; i++) {
            int rgb = ColorMap.GREY.rgbAt(i);
            assertEquals(i, rgb & 0xFF);
            assertEquals(i, (rgb >> 8) & 0xFF);
            assertEquals(i, (rgb >> 16) & 0xFF);
        }
    }

    @Test
    void fractionLookupUsesEqualBinsAndClamps() {
        ColorMap map = ColorMap.EMBER;
        assertEquals(map.rgbAt(0), map.rgb(0.0));
        assertEquals(map.rgbAt(0), map.rgb(-3.0));
        assertEquals(map.rgbAt(0), map.rgb(Math.nextDown(1.0 / 256)));
        assertEquals(map.rgbAt(1), map.rgb(1.0 / 256));
        assertEquals(map.rgbAt(128), map.rgb(0.5));
        assertEquals(map.rgbAt(255), map.rgb(1.0));
        assertEquals(map.rgbAt(255), map.rgb(7.0));
        assertThrows(IllegalArgumentException.class, () -> map.rgb(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> map.rgbAt(256));
        int[] table = map.table();
        table[0] = 0x123456;
        assertNotEquals(0x123456, map.rgbAt(0), "table() must be a copy");
        assertEquals("ColorMap.EMBER[256 entries]", map.toString());
    }
}
