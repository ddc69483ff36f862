package tfr.signals;

/**
 * An unevaluated sum {@code hi + lo} with {@code |lo| <= ulp(hi)/2}: about 106 bits of precision.
 * Used to evaluate phase in cycles exactly enough that its fractional part (the only part that
 * matters to {@code cos}) stays accurate to ~1e-16 cycles however many cycles have elapsed.
 * Error-free transformations: Knuth's two-sum and the fused-multiply-add two-product.
 */
record DoubleDouble(double hi, double lo) {

    static DoubleDouble of(double x) {
        return new DoubleDouble(x, 0.0);
    }

    /** Exact {@code a + b}. */
    static DoubleDouble sum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return new DoubleDouble(s, err);
    }

    /** Exact {@code a · b}. */
    static DoubleDouble product(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    private static DoubleDouble normalized(double hi, double lo) {
        double s = hi + lo;
        return new DoubleDouble(s, lo - (s - hi));
    }

    DoubleDouble plus(DoubleDouble o) {
        DoubleDouble s = sum(hi, o.hi);
        return normalized(s.hi, s.lo + lo + o.lo);
    }

    DoubleDouble plus(double b) {
        DoubleDouble s = sum(hi, b);
        return normalized(s.hi, s.lo + lo);
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble times(DoubleDouble o) {
        DoubleDouble p = product(hi, o.hi);
        return normalized(p.hi, p.lo + (hi * o.lo + lo * o.hi));
    }

    DoubleDouble times(double b) {
        DoubleDouble p = product(hi, b);
        return normalized(p.hi, p.lo + lo * b);
    }

    /** {@code this / d} by long division with three double quotients. */
    DoubleDouble dividedBy(DoubleDouble d) {
        double q1 = hi / d.hi;
        DoubleDouble r = plus(d.times(q1).negate());
        double q2 = r.hi / d.hi;
        r = r.plus(d.times(q2).negate());
        double q3 = r.hi / d.hi;
        return normalized(q1, q2).plus(q3);
    }

    DoubleDouble dividedBy(double d) {
        return dividedBy(of(d));
    }

    /** {@code this − floor(this)}, in [0, 1] (1 only when rounding the last bit up). */
    double fraction() {
        double f = hi - Math.floor(hi); // exact
        double r = f + lo;
        return r - Math.floor(r);
    }

    double value() {
        return hi + lo;
    }
}
