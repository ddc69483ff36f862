package tfr.signals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleUnaryOperator;

/** Independent reference computations for the tests (no code shared with the generators). */
final class Numeric {
    static final MathContext MC = new MathContext(60);

    private Numeric() {
    }

    /** Fractional part of an exact decimal, as a double in [0, 1). */
    static double fraction(BigDecimal x) {
        BigDecimal floor = x.setScale(0, java.math.RoundingMode.FLOOR);
        return x.subtract(floor).doubleValue();
    }

    /** Exact n / fs (to 60 digits) for doubles n and fs. */
    static BigDecimal sampleTime(long n, double sampleRateHz) {
        return BigDecimal.valueOf(n).divide(new BigDecimal(sampleRateHz), MC);
    }

    /**
     * ∫_a^b f by composite Simpson with {@code intervals} (even) subintervals, compensated (Kahan) sum.
     */
    static double simpson(DoubleUnaryOperator f, double a, double b, int intervals) {
        double h = (b - a) / intervals;
        double sum = 0;
        double carry = 0;
        for (int i = 0; i <= intervals; i++) {
            double weight = (i == 0 || i == intervals) ? 1 : (i % 2 == 1 ? 4 : 2);
            double term = weight * f.applyAsDouble(a + i * h) - carry;
            double next = sum + term;
            carry = (next - sum) - term;
            sum = next;
        }
        return sum * h / 3;
    }

    /**
     * Running integral I[n] = ∫_{start}^{n/fs} f for n in [firstSample, count): Simpson with 4
     * subintervals between consecutive sample times, accumulated with a compensated sum.
     */
    static double[] cumulativeIntegral(DoubleUnaryOperator f, double startSec, int firstSample, int count,
                                       double sampleRateHz) {
        double[] out = new double[count];
        double sum = 0;
        double carry = 0;
        double previous = startSec;
        for (int n = firstSample; n < count; n++) {
            double t = n / sampleRateHz;
            double piece = simpson(f, previous, t, 4) - carry;
            double next = sum + piece;
            carry = (next - sum) - piece;
            sum = next;
            out[n] = sum;
            previous = t;
        }
        return out;
    }

    /** Wraps radians to [−π, π]. */
    static double wrap(double phaseRad) {
        return Math.IEEEremainder(phaseRad, 2 * Math.PI);
    }
}
