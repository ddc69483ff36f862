package tfr.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortestDoubleTest {

    /** Significant digits of a Double.toString-style string. */
    private static String significand(String s) {
        String m = s.replace("-", "");
        int e = m.indexOf('E');
        if (e >= 0) {
            m = m.substring(0, e);
        }
        m = m.replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
        return m.isEmpty() ? "0" : m;
    }

    /**
     * Reference: the shortest decimals that read back to v, found with exact BigDecimal rounding
     * toward both neighbours at each precision. Checks the formatter's choice against it.
     */
    private static void check(double v) {
        String got = ShortestDouble.toString(v);
        assertEquals(v, Double.parseDouble(got), 0.0, "round trip of " + got);
        assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Double.parseDouble(got)), got);
        double a = Math.abs(v);
        if (v == 0 || a < 0x1p-37 || (a >= 0x1p53)) {
            return; // outside the exact range the JDK 17 Double.toString fallback is round-trip but not always shortest
        }
        BigDecimal exact = new BigDecimal(v);
        for (int p = 1; p <= 17; p++) {
            BigDecimal lo = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal hi = exact.round(new MathContext(p, RoundingMode.CEILING));
            boolean loOk = Double.parseDouble(lo.toString()) == v;
            boolean hiOk = Double.parseDouble(hi.toString()) == v;
            if (!loOk && !hiOk) {
                continue;
            }
            BigDecimal want;
            if (loOk && hiOk && lo.compareTo(hi) != 0) {
                int cmp = exact.subtract(lo).compareTo(hi.subtract(exact));
                BigDecimal even = lo.unscaledValue().testBit(0) ? hi : lo;
                want = cmp < 0 ? lo : cmp > 0 ? hi : even;
            } else {
                want = loOk ? lo : hi;
            }
            assertEquals(significand(want.toString().replace("E+", "E")), significand(got), "digits for " + v + " (got " + got + ")");
            assertEquals(0, new BigDecimal(got).compareTo(want), "value for " + v + " (got " + got + ")");
            return;
        }
        throw new AssertionError("no representation found for " + v);
    }

    @Test
    void layoutMatchesDoubleToString() {
        String[][] cases = {
            {"440.0", "440"}, {"0.1", "0.1"}, {"0.001", "0.001"}, {"1.0E-4", "1e-4"}, {"1.0E7", "1e7"},
            {"9999999.0", "9999999"}, {"1.2345678E7", "12345678"}, {"-2.5", "-2.5"}, {"0.0", "0"},
            {"-0.0", "-0.0"}, {"1.0E-10", "1e-10"}, {"4.9E-324", "4.9e-324"}, {"1.7976931348623157E308", "1.7976931348623157e308"},
            {"100.0", "100"}, {"1.0", "1"}, {"0.30000000000000004", "0.30000000000000004"}, {"2.0E-3", "0.002"},
        };
        for (String[] c : cases) {
            assertEquals(c[0].equals("2.0E-3") ? "0.002" : c[0], ShortestDouble.toString(Double.parseDouble(c[1])), c[1]);
        }
    }

    @Test
    void shortestAndClosestForRandomBitPatterns() {
        Random r = new Random(1);
        for (int i = 0; i < 40_000; i++) {
            // exponents concentrated on and around the exact fast range [2^-37, 2^53)
            long bits = ((long) (1023 - 45 + r.nextInt(110)) << 52) | (r.nextLong() & ((1L << 52) - 1));
            check(Double.longBitsToDouble(bits));
        }
        for (int i = 0; i < 300; i++) {
            double v = Double.longBitsToDouble(r.nextLong()); // anywhere, including the fallback range
            if (Double.isFinite(v)) {
                check(v);
            }
        }
    }

    @Test
    void shortDecimalsPowersOfTwoAndIntegers() {
        Random r = new Random(2);
        for (int i = 0; i < 20_000; i++) {
            int digits = 1 + r.nextInt(16);
            long m = (long) (r.nextDouble() * Math.pow(10, digits));
            double v = Double.parseDouble(m + "e" + (r.nextInt(40) - 25));
            if (Double.isFinite(v) && v != 0) {
                check(v);
                check(-v);
            }
        }
        for (int e = -1074; e <= 1023; e++) {
            check(Math.scalb(1.0, e)); // the asymmetric intervals
            check(Math.nextUp(Math.scalb(1.0, e)));
            check(Math.nextDown(Math.scalb(1.0, e)));
        }
        for (long n = 1; n < (1L << 53); n = n * 3 + 1) {
            check(n);
        }
        check(9007199254740991.0);
        check(0.0078125);
        check(Math.nextDown(0.0078125));
        check(44100.0 / 3);
    }

    @Test
    void neverLongerThanDoubleToStringAndIdenticalWhenSameLength() {
        Random r = new Random(3);
        int same = 0;
        for (int i = 0; i < 100_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(30) - 15);
            String mine = ShortestDouble.toString(v);
            String jdk = Double.toString(v);
            assertTrue(significand(mine).length() <= significand(jdk).length(), mine + " vs " + jdk);
            if (significand(mine).length() == significand(jdk).length()) {
                assertEquals(jdk, mine);
                same++;
            }
        }
        assertTrue(same > 90_000, "JDK 17 is shortest in the vast majority of cases: " + same);
    }
}
