package tfr.io;

import java.math.BigInteger;

/**
 * Fast shortest round-trip formatting of doubles in {@link Double#toString(double)} notation.
 * Not public API; used by {@link CsvWriter}.
 *
 * <h2>Output</h2>
 * The digits are the shortest decimal that reads back to the identical double; when several
 * candidates of that length exist, the one closest to the exact binary value (ties: even last digit).
 * Layout as {@code Double.toString}: plain for {@code 1e-3 <= |v| < 1e7} with at least one digit after
 * the point ({@code 440.0}, {@code 0.001}), otherwise {@code d.dddE±n} ({@code 1.0E-5},
 * {@code 1.2345E7}). On JDK 17, {@code Double.toString} itself is occasionally one digit longer than
 * the shortest; this class is not, within its exact range.
 *
 * <h2>Method</h2>
 * Exact integer arithmetic, no approximations. For {@code v = c·2^q} the rounding interval (the reals
 * that parse to {@code v}) is {@code [(c - 1/2)·2^q, (c + 1/2)·2^q]} (lower half-gap {@code 1/4} when
 * {@code c = 2^52}; endpoints included iff {@code c} is even, because parsing rounds ties to even).
 * With {@code 10^k <= width < 10^(k+1)} the interval holds at most one multiple of {@code 10^(k+1)}
 * (then it is the shortest) and at least one multiple of {@code 10^k} (then the shortest is the one
 * of {@code floor(v/10^k)}, {@code floor(v/10^k)+1} inside and closest to {@code v}). Scaling by
 * {@code 10^-k = 5^-k·2^-k} keeps every quantity in 128 bits for normal doubles in
 * {@code [2^-37, 2^53)} (about 7e-12 to 9e15); integers below 2^53 print their own digits. Other
 * values use {@code Double.toString}.
 */
final class ShortestDouble {
    private ShortestDouble() {
    }

    private static final int Q_MIN_FAST = -89;
    /** N_SYM[-q]: smallest n with 10^n >= 2^-q (k = -n for the symmetric interval of width 2^q). */
    private static final int[] N_SYM = new int[-Q_MIN_FAST + 1];
    /** N_ASYM[-q]: smallest n with 10^n >= 2^(2-q)/3 (width 3·2^(q-2) when c = 2^52). */
    private static final int[] N_ASYM = new int[-Q_MIN_FAST + 1];
    private static final long[] POW5 = new long[28];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
        for (int mq = 1; mq <= -Q_MIN_FAST; mq++) {
            BigInteger sym = BigInteger.ONE.shiftLeft(mq);
            BigInteger asym = BigInteger.ONE.shiftLeft(mq + 2);
            int n = 0;
            while (BigInteger.TEN.pow(n).compareTo(sym) < 0) {
                n++;
            }
            N_SYM[mq] = n;
            n = 0;
            while (BigInteger.TEN.pow(n).multiply(BigInteger.valueOf(3)).compareTo(asym) < 0) {
                n++;
            }
            N_ASYM[mq] = n;
        }
    }

    /** Formats {@code v} as a String. */
    static String toString(double v) {
        byte[] b = new byte[32];
        int n = write(v, b, 0);
        return new String(b, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Writes {@code v} (finite) as ASCII into {@code buf} at {@code pos}; needs at most 26 bytes.
     *
     * @return the new position
     */
    static int write(double v, byte[] buf, int pos) {
        long bits = Double.doubleToRawLongBits(v);
        int bq = (int) (bits >>> 52) & 0x7ff;
        long t = bits & ((1L << 52) - 1);
        if (bq == 0x7ff) {
            throw new IllegalArgumentException("not finite: " + v);
        }
        if (bq == 0 && t == 0) {
            return ascii(bits < 0 ? "-0.0" : "0.0", buf, pos);
        }
        int q = bq - 1075;
        if (bq == 0 || q < Q_MIN_FAST || q > 0) {
            return ascii(Double.toString(v), buf, pos);
        }
        if (bits < 0) {
            buf[pos++] = '-';
        }
        long c = (1L << 52) | t;
        int mq = -q;
        if (mq == 0 || (mq < 53 && (c & ((1L << mq) - 1)) == 0)) {
            // An integer below 2^53: its own digits are the shortest (the interval is narrower than 1).
            return layout(c >> mq, 0, buf, pos);
        }
        boolean asym = t == 0;
        int n = asym ? N_ASYM[mq] : N_SYM[mq];
        long p5 = POW5[n];
        // Values scaled by 10^n, in units of 2^-sh: X = cbx · 5^n / 2^sh
        int sh = 2 + mq - n;
        long cb = c << 2;
        long cbl = cb - (asym ? 1 : 2);
        long cbr = cb + 2;
        long bHi = Math.multiplyHigh(cb, p5);
        long bLo = cb * p5;
        long lHi = Math.multiplyHigh(cbl, p5);
        long lLo = cbl * p5;
        long rHi = Math.multiplyHigh(cbr, p5);
        long rLo = cbr * p5;
        boolean closed = (c & 1) == 0;
        long s = shiftRight(bHi, bLo, sh);

        long sp = s - s % 10;
        long tp = sp + 10;
        boolean upin = inside(sp, sh, lHi, lLo, rHi, rLo, closed);
        boolean wpin = inside(tp, sh, lHi, lLo, rHi, rLo, closed);
        long digits;
        if (upin != wpin) {
            digits = upin ? sp : tp;
        } else {
            long s1 = s + 1;
            boolean uin = inside(s, sh, lHi, lLo, rHi, rLo, closed);
            boolean win = inside(s1, sh, lHi, lLo, rHi, rLo, closed);
            if (uin != win) {
                digits = uin ? s : s1;
            } else {
                int cmp = compareShifted(2 * s + 1, sh - 1, bHi, bLo); // midpoint of s and s+1 vs v
                digits = cmp > 0 || (cmp == 0 && (s & 1) == 0) ? s : s1;
            }
        }
        return layout(digits, -n, buf, pos);
    }

    /** floor((hi:lo) / 2^sh) for a result below 2^63. */
    private static long shiftRight(long hi, long lo, int sh) {
        if (sh == 0) {
            return lo;
        }
        if (sh < 64) {
            return (lo >>> sh) | (hi << (64 - sh));
        }
        return hi >>> (sh - 64);
    }

    /** Sign of m·2^sh − (hi:lo), all non-negative, m·2^sh below 2^127. */
    private static int compareShifted(long m, int sh, long hi, long lo) {
        long mHi;
        long mLo;
        if (sh == 0) {
            mHi = 0;
            mLo = m;
        } else if (sh < 64) {
            mHi = m >>> (64 - sh);
            mLo = m << sh;
        } else {
            mHi = m << (sh - 64);
            mLo = 0;
        }
        int c = Long.compare(mHi, hi);
        return c != 0 ? c : Long.compareUnsigned(mLo, lo);
    }

    private static boolean inside(long m, int sh, long lHi, long lLo, long rHi, long rLo, boolean closed) {
        int lo = compareShifted(m, sh, lHi, lLo);
        int hi = compareShifted(m, sh, rHi, rLo);
        return closed ? lo >= 0 && hi <= 0 : lo > 0 && hi < 0;
    }

    private static final long[] LPOW10 = new long[19];
    /** "00" "01" ... "99" as ASCII pairs. */
    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
        LPOW10[0] = 1;
        for (int i = 1; i < LPOW10.length; i++) {
            LPOW10[i] = LPOW10[i - 1] * 10;
        }
    }

    /** Writes digits·10^exp10 (0 < digits < 10^18) in Double.toString layout. */
    private static int layout(long digits, int exp10, byte[] buf, int pos) {
        while (digits % 10 == 0) {
            digits /= 10;
            exp10++;
        }
        // number of decimal digits: log10 from the bit length (1233/4096 ~ log10 2), then one correction
        int len = ((64 - Long.numberOfLeadingZeros(digits)) * 1233 >>> 12) + 1;
        if (len > 1 && digits < LPOW10[len - 1]) {
            len--;
        } else if (len < 18 && digits >= LPOW10[len]) {
            len++;
        }
        // The digits go to buf[pos, pos+len) first, two at a time in int arithmetic, then the point
        // and zeros are inserted around them.
        int p = pos + len;
        long v = digits;
        while (v >= 100_000_000L) {
            p = eightDigits((int) (v % 100_000_000L), buf, p);
            v /= 100_000_000L;
        }
        int iv = (int) v;
        while (p - pos >= 2) {
            int q = iv / 100;
            int r = (iv - q * 100) << 1;
            buf[--p] = DIGIT_PAIRS[r + 1];
            buf[--p] = DIGIT_PAIRS[r];
            iv = q;
        }
        if (p > pos) {
            buf[--p] = (byte) ('0' + iv);
        }
        int e = exp10 + len - 1; // decimal exponent of the leading digit
        if (e >= 0 && e < 7) {
            if (len > e + 1) { // 123.45: open a gap for the point
                System.arraycopy(buf, pos + e + 1, buf, pos + e + 2, len - e - 1);
                buf[pos + e + 1] = '.';
                return pos + len + 1;
            }
            int end = pos + len;
            while (end < pos + e + 1) { // 1200.0: trailing zeros of the integer part
                buf[end++] = '0';
            }
            buf[end++] = '.';
            buf[end++] = '0';
            return end;
        }
        if (e < 0 && e >= -3) { // 0.00123: shift right by 1 - e for "0." and the zeros
            int shift = 1 - e;
            System.arraycopy(buf, pos, buf, pos + shift, len);
            buf[pos] = '0';
            buf[pos + 1] = '.';
            for (int i = pos + 2; i < pos + shift; i++) {
                buf[i] = '0';
            }
            return pos + shift + len;
        }
        int end;
        if (len == 1) {
            buf[pos + 1] = '.';
            buf[pos + 2] = '0';
            end = pos + 3;
        } else {
            System.arraycopy(buf, pos + 1, buf, pos + 2, len - 1);
            buf[pos + 1] = '.';
            end = pos + len + 1;
        }
        buf[end++] = 'E';
        if (e < 0) {
            buf[end++] = '-';
            e = -e;
        }
        if (e >= 100) {
            buf[end++] = (byte) ('0' + e / 100);
        }
        if (e >= 10) {
            buf[end++] = (byte) ('0' + (e / 10) % 10);
        }
        buf[end++] = (byte) ('0' + e % 10);
        return end;
    }

    /** Writes exactly 8 digits of {@code x} ending before {@code p}; returns the new start. */
    private static int eightDigits(int x, byte[] buf, int p) {
        for (int i = 0; i < 4; i++) {
            int q = x / 100;
            int r = (x - q * 100) << 1;
            buf[--p] = DIGIT_PAIRS[r + 1];
            buf[--p] = DIGIT_PAIRS[r];
            x = q;
        }
        return p;
    }

    private static int ascii(String s, byte[] buf, int pos) {
        for (int i = 0; i < s.length(); i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
        return pos;
    }
}
