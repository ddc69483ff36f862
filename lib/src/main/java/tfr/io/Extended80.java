package tfr.io;

/**
 * IEEE 754 80-bit extended precision, the format of the AIFF sample rate: 1 sign bit, 15 exponent
 * bits (bias 16383), and a 64-bit mantissa with an <em>explicit</em> integer bit, big-endian, 10 bytes.
 * Value = {@code mantissa · 2^(exponent - 16383 - 63)}. Every double converts exactly (the
 * extended format is wider); the reverse rounds the 64-bit mantissa to nearest. Not public API.
 */
final class Extended80 {
    private Extended80() {
    }

    /** Bias difference: exponent field E gives value mantissa · 2^(E - 16446). */
    private static final int SHIFT = 16383 + 63;

    /**
     * The 10 big-endian bytes of {@code x}.
     *
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    static byte[] encode(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("cannot encode a non-finite value as 80-bit extended: " + x);
        }
        byte[] out = new byte[10];
        long bits = Double.doubleToRawLongBits(x);
        int sign = (int) (bits >>> 63);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & ((1L << 52) - 1);
        int e;
        long mant;
        if (exp == 0 && frac == 0) {
            e = 0;
            mant = 0;
        } else if (exp == 0) {
            int shift = Long.numberOfLeadingZeros(frac);
            mant = frac << shift;
            e = 15372 - shift;
        } else {
            mant = ((1L << 52) | frac) << 11;
            e = exp + 15360;
        }
        out[0] = (byte) ((sign << 7) | (e >>> 8));
        out[1] = (byte) e;
        for (int i = 0; i < 8; i++) {
            out[2 + i] = (byte) (mant >>> (56 - 8 * i));
        }
        return out;
    }

    /**
     * The value of the 10 bytes at {@code p}, rounded to the nearest double. Infinity and NaN
     * encodings (exponent 0x7FFF) give {@link Double#NaN}; callers validate.
     */
    static double decode(byte[] b, int p) {
        int sign = (b[p] >> 7) & 1;
        int e = ((b[p] & 0x7f) << 8) | (b[p + 1] & 0xff);
        long mant = 0;
        for (int i = 0; i < 8; i++) {
            mant = (mant << 8) | (b[p + 2 + i] & 0xff);
        }
        if (e == 0x7fff) {
            return Double.NaN;
        }
        double m;
        if (mant >= 0) {
            m = (double) mant;
        } else {
            // Unsigned 64-bit to double, correctly rounded: halve keeping the sticky bit, then double.
            m = (double) ((mant >>> 1) | (mant & 1)) * 2.0;
        }
        double v = Math.scalb(m, e - SHIFT);
        return sign == 1 ? -v : v;
    }
}
