package tfr.render;

/**
 * sRGB ↔ CIELAB conversions (D65 white, 2° observer), package-private helpers for designing and checking
 * colour maps.
 *
 * <p>Chain: 8-bit sRGB → linear RGB (IEC 61966-2-1 transfer curve) → CIE XYZ (sRGB primaries) → CIELAB:
 * <pre>
 *   L* = 116 f(Y/Yn) - 16,   a* = 500 (f(X/Xn) - f(Y/Yn)),   b* = 200 (f(Y/Yn) - f(Z/Zn))
 *   f(t) = cbrt(t) if t > (6/29)^3, else t / (3 (6/29)^2) + 4/29
 * </pre>
 * CIELCh is the polar form of (a*, b*): {@code C = hypot(a, b)}, {@code h = atan2(b, a)} in degrees.
 */
final class Cielab {
    private Cielab() {
    }

    // D65 reference white, Y normalised to 1.
    private static final double XN = 0.95047;
    private static final double YN = 1.0;
    private static final double ZN = 1.08883;
    private static final double DELTA = 6.0 / 29.0;

    /** CIELAB {L*, a*, b*} of a packed 0xRRGGBB colour (alpha bits ignored). */
    static double[] fromRgb(int rgb) {
        double r = srgbToLinear(((rgb >> 16) & 0xFF) / 255.0);
        double g = srgbToLinear(((rgb >> 8) & 0xFF) / 255.0);
        double b = srgbToLinear((rgb & 0xFF) / 255.0);
        return fromLinearRgb(r, g, b);
    }

    /** CIELAB {L*, a*, b*} of linear-light RGB components in [0, 1]. */
    static double[] fromLinearRgb(double r, double g, double b) {
        double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
        double fx = f(x / XN);
        double fy = f(y / YN);
        double fz = f(z / ZN);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** CIELAB lightness L* (0 black … 100 white) of a packed 0xRRGGBB colour. */
    static double lightness(int rgb) {
        return fromRgb(rgb)[0];
    }

    /**
     * Linear-light RGB {r, g, b} of a CIELAB colour; components may fall outside [0, 1] when the colour is
     * outside the sRGB gamut (that is how callers detect it).
     */
    static double[] toLinearRgb(double lStar, double aStar, double bStar) {
        double fy = (lStar + 16) / 116;
        double fx = fy + aStar / 500;
        double fz = fy - bStar / 200;
        double x = XN * fInverse(fx);
        double y = YN * fInverse(fy);
        double z = ZN * fInverse(fz);
        return new double[] {
            3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
            -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
            0.0556434 * x - 0.2040259 * y + 1.0572252 * z,
        };
    }

    /** sRGB transfer curve, encoded value in [0, 1] → linear light. */
    static double srgbToLinear(double encoded) {
        return encoded <= 0.04045 ? encoded / 12.92 : Math.pow((encoded + 0.055) / 1.055, 2.4);
    }

    /** Inverse sRGB transfer curve, linear light in [0, 1] → encoded value in [0, 1]. */
    static double linearToSrgb(double linear) {
        return linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
    }

    private static double f(double t) {
        return t > DELTA * DELTA * DELTA ? Math.cbrt(t) : t / (3 * DELTA * DELTA) + 4.0 / 29.0;
    }

    private static double fInverse(double u) {
        return u > DELTA ? u * u * u : 3 * DELTA * DELTA * (u - 4.0 / 29.0);
    }
}
