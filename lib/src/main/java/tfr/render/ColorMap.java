package tfr.render;

import java.util.Locale;

/**
 * Sequential colour maps stored as 256-entry look-up tables of packed {@code 0xRRGGBB} sRGB colours,
 * ordered from "low" (index 0) to "high" (index 255).
 *
 * <p>Lookup: {@code rgb(fraction) = lut[min(255, floor(fraction * 256))]} for {@code fraction} clamped to
 * [0, 1], so the 256 entries cover equal-width bins and {@code rgb(1.0)} is the top entry.
 *
 * <p>Pitfall: a rainbow-like map (hue sweeping at constant lightness) invents edges where there are none
 * and hides structure in its dark bands; the maps here have strictly increasing CIELAB lightness L*, so
 * "brighter" always means "more energy", and they stay readable when printed in grey.
 */
public enum ColorMap {
    /**
     * The default map, designed for dB spectrograms: CIELAB lightness rises linearly from L* = 4 (near
     * black) to L* = 98 (near white) while the hue sweeps from dark violet-purple through magenta and red
     * to orange and a pale yellow, with chroma peaking in the middle and fading at both ends.
     *
     * <p>Construction: chroma C and hue h are smooth, overshoot-free (monotone cubic Hermite) curves through
     * seven hand-placed CIELCh anchors; colours outside the sRGB gamut are pulled in by reducing chroma
     * at constant L* and hue (never by clipping channels, which would break the lightness ramp); each entry
     * is rounded to the 8-bit neighbour nearest in CIELAB (lightness error weighted 3×, so the ramp stays
     * even) among those that keep L* strictly increasing.
     */
    EMBER(designEmber()),

    /**
     * Black to white through neutral greys, entry {@code i} is {@code (i, i, i)}. The sRGB transfer curve
     * is close to perceptual lightness, so the steps are nearly uniform in L* (strictly increasing).
     */
    GREY(designGrey());

    /** Number of entries in every map. */
    public static final int SIZE = 256;

    private final int[] lut;

    ColorMap(int[] lut) {
        this.lut = lut;
    }

    /**
     * The colour for {@code fraction01} in [0, 1] (values outside are clamped), as packed {@code 0xRRGGBB}.
     *
     * @throws IllegalArgumentException if {@code fraction01} is NaN
     */
    public int rgb(double fraction01) {
        if (Double.isNaN(fraction01)) {
            throw new IllegalArgumentException("fraction01 must not be NaN");
        }
        return lut[indexOf(fraction01)];
    }

    /**
     * Entry {@code index} of the table, packed {@code 0xRRGGBB}.
     *
     * @throws IllegalArgumentException if {@code index} is outside [0, 256)
     */
    public int rgbAt(int index) {
        if (index < 0 || index >= SIZE) {
            throw new IllegalArgumentException("index must be in [0, " + SIZE + "), got " + index);
        }
        return lut[index];
    }

    /** A copy of the 256 packed {@code 0xRRGGBB} entries, low to high. */
    public int[] table() {
        return lut.clone();
    }

    /** The table itself, for renderers in this package; callers must not modify it. */
    int[] tableView() {
        return lut;
    }

    /** {@code min(255, floor(fraction * 256))} with the fraction clamped to [0, 1]. */
    static int indexOf(double fraction01) {
        if (!(fraction01 > 0)) {
            return 0;
        }
        return fraction01 >= 1 ? SIZE - 1 : Math.min(SIZE - 1, (int) (fraction01 * SIZE));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ColorMap.%s[%d entries]", name(), SIZE);
    }

    // ---------------------------------------------------------------- design

    private static int[] designGrey() {
        int[] lut = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            lut[i] = (i << 16) | (i << 8) | i;
        }
        return lut;
    }

    private static int[] designEmber() {
        // Anchors: position along the map, CIELCh chroma, CIELCh hue in degrees (unwrapped so it only grows:
        // 300 violet-purple, 340 magenta, 375 = 15 crimson-red, 410 = 50 orange, 440 = 80 amber, 460 = 100 yellow).
        double[] pos = {0.00, 0.15, 0.35, 0.55, 0.72, 0.88, 1.00};
        double[] chroma = {10, 38, 62, 74, 74, 62, 28};
        double[] hueDeg = {295, 305, 335, 372, 408, 438, 458};
        return designLch(4, 98, pos, chroma, hueDeg);
    }

    /**
     * Builds a table with L* linear from {@code lightness0} to {@code lightness1} and chroma / hue following
     * monotone cubic curves through the anchors, gamut-mapped by chroma reduction and quantised with a
     * strict-lightness guard.
     */
    private static int[] designLch(double lightness0, double lightness1, double[] pos, double[] chroma,
            double[] hueDeg) {
        MonotoneCubic chromaCurve = new MonotoneCubic(pos, chroma);
        MonotoneCubic hueCurve = new MonotoneCubic(pos, hueDeg);
        int[] lut = new int[SIZE];
        double previousL = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < SIZE; i++) {
            double t = i / (double) (SIZE - 1);
            double lStar = lightness0 + (lightness1 - lightness0) * t;
            double hueRad = Math.toRadians(hueCurve.at(t));
            double c = maxInGamutChroma(lStar, Math.max(0, chromaCurve.at(t)), hueRad);
            double aStar = c * Math.cos(hueRad);
            double bStar = c * Math.sin(hueRad);
            lut[i] = quantise(lStar, aStar, bStar, previousL);
            previousL = Cielab.lightness(lut[i]);
        }
        return lut;
    }

    /** Largest chroma {@code <= wanted} at this L* and hue that is inside the sRGB gamut (bisection). */
    private static double maxInGamutChroma(double lStar, double wanted, double hueRad) {
        if (inGamut(lStar, wanted, hueRad)) {
            return wanted;
        }
        double lo = 0;
        double hi = wanted;
        for (int iter = 0; iter < 50; iter++) {
            double mid = 0.5 * (lo + hi);
            if (inGamut(lStar, mid, hueRad)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean inGamut(double lStar, double chroma, double hueRad) {
        double[] rgb = Cielab.toLinearRgb(lStar, chroma * Math.cos(hueRad), chroma * Math.sin(hueRad));
        final double eps = 1e-9; // slack for rounding in the matrix product; far below one 8-bit step
        for (double v : rgb) {
            if (v < -eps || v > 1 + eps) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rounds a Lab colour to 8 bits: among the 8 floor/ceil combinations of the three channels, the one
     * nearest in CIELAB whose L* exceeds {@code previousL}; if none does, the lightest one. Distance is
     * {@code (3 ΔL*)² + Δa*² + Δb*²}: lightness errors count triple because the map's job is an even L* ramp.
     */
    private static int quantise(double lStar, double aStar, double bStar, double previousL) {
        double[] lin = Cielab.toLinearRgb(lStar, aStar, bStar);
        int[] lo = new int[3];
        for (int k = 0; k < 3; k++) {
            double v = 255 * Cielab.linearToSrgb(Math.min(1, Math.max(0, lin[k])));
            lo[k] = Math.min(254, (int) Math.floor(v));
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        int lightest = 0;
        double lightestL = Double.NEGATIVE_INFINITY;
        for (int combo = 0; combo < 8; combo++) {
            int r = lo[0] + (combo & 1);
            int g = lo[1] + ((combo >> 1) & 1);
            int b = lo[2] + ((combo >> 2) & 1);
            int rgb = (r << 16) | (g << 8) | b;
            double[] lab = Cielab.fromRgb(rgb);
            if (lab[0] > lightestL) {
                lightestL = lab[0];
                lightest = rgb;
            }
            if (lab[0] <= previousL) {
                continue;
            }
            double dl = lab[0] - lStar;
            double da = lab[1] - aStar;
            double db = lab[2] - bStar;
            double distance = 9 * dl * dl + da * da + db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = rgb;
            }
        }
        return best >= 0 ? best : lightest;
    }

    /**
     * Monotone piecewise-cubic Hermite interpolation: between anchors the curve never leaves the range of
     * its two end values, so chroma cannot overshoot into negative values and hue never turns back.
     * Tangents: zero at a local extremum, else the weighted harmonic mean of the neighbouring secant slopes.
     */
    private static final class MonotoneCubic {
        private final double[] x;
        private final double[] y;
        private final double[] slope;

        MonotoneCubic(double[] x, double[] y) {
            int n = x.length;
            this.x = x;
            this.y = y;
            double[] secant = new double[n - 1];
            double[] width = new double[n - 1];
            for (int k = 0; k < n - 1; k++) {
                width[k] = x[k + 1] - x[k];
                secant[k] = (y[k + 1] - y[k]) / width[k];
            }
            slope = new double[n];
            slope[0] = secant[0];
            slope[n - 1] = secant[n - 2];
            for (int k = 1; k < n - 1; k++) {
                double s0 = secant[k - 1];
                double s1 = secant[k];
                if (s0 * s1 <= 0) {
                    slope[k] = 0;
                } else {
                    double h0 = width[k - 1];
                    double h1 = width[k];
                    slope[k] = 3 * (h0 + h1) / ((2 * h1 + h0) / s0 + (h1 + 2 * h0) / s1);
                }
            }
            // End tangents limited to 3x the secant, the monotonicity bound for the outer intervals.
            slope[0] = limitEnd(slope[0], secant[0]);
            slope[n - 1] = limitEnd(slope[n - 1], secant[n - 2]);
        }

        private static double limitEnd(double m, double secant) {
            return secant == 0 ? 0 : Math.max(0, Math.min(Math.abs(m), 3 * Math.abs(secant))) * Math.signum(secant);
        }

        double at(double t) {
            int k = 0;
            while (k < x.length - 2 && t > x[k + 1]) {
                k++;
            }
            double h = x[k + 1] - x[k];
            double u = (t - x[k]) / h;
            double u2 = u * u;
            double u3 = u2 * u;
            double h00 = 2 * u3 - 3 * u2 + 1;
            double h10 = u3 - 2 * u2 + u;
            double h01 = -2 * u3 + 3 * u2;
            double h11 = u3 - u2;
            return h00 * y[k] + h10 * h * slope[k] + h01 * y[k + 1] + h11 * h * slope[k + 1];
        }
    }
}
