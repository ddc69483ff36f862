package tfr.transform;

import java.util.Arrays;

/**
 * A piecewise-linear function y(x) through points with strictly increasing x, constant beyond the
 * first and last point: a time-varying ratio or weight (x in seconds), or a gain over frequency
 * (x in Hz). Immutable.
 */
public final class Curve {
    private final double[] x;
    private final double[] y;

    private Curve(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /** The constant function y. */
    public static Curve constant(double y) {
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException("curve value must be finite, got " + y);
        }
        return new Curve(new double[] {0}, new double[] {y});
    }

    /**
     * Through the points (x[i], y[i]).
     *
     * @throws IllegalArgumentException if the arrays are empty, of different lengths, not finite, or x
     *                                  does not increase strictly
     */
    public static Curve of(double[] x, double[] y) {
        if (x == null || y == null || x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("a curve needs as many x as y values, at least one");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("curve point " + i + " must be finite, got (" + x[i] + ", " + y[i] + ")");
            }
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("curve x values must increase strictly: " + x[i - 1] + " then " + x[i]);
            }
        }
        return new Curve(x.clone(), y.clone());
    }

    /** Parses "x:y,x:y,…" (e.g. "0:1,2.5:1.5"); a single number is a constant. */
    public static Curve parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty curve");
        }
        String t = text.strip();
        if (!t.contains(":")) {
            return constant(number(t, t));
        }
        String[] parts = t.split(",");
        double[] xs = new double[parts.length];
        double[] ys = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String[] xy = parts[i].strip().split(":");
            if (xy.length != 2) {
                throw new IllegalArgumentException("curve point '" + parts[i].strip() + "' is not x:y");
            }
            xs[i] = number(xy[0], parts[i]);
            ys[i] = number(xy[1], parts[i]);
        }
        return of(xs, ys);
    }

    private static double number(String s, String context) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + context.strip() + "' is not a number or x:y point");
        }
    }

    /** y at x. */
    public double at(double xv) {
        if (xv <= x[0]) {
            return y[0];
        }
        int n = x.length;
        if (xv >= x[n - 1]) {
            return y[n - 1];
        }
        int i = Arrays.binarySearch(x, xv);
        if (i >= 0) {
            return y[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double u = (xv - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + u * (y[hi] - y[lo]);
    }

    /** Whether the curve is one constant value. */
    public boolean isConstant() {
        for (double v : y) {
            if (v != y[0]) {
                return false;
            }
        }
        return true;
    }

    /** The smallest and largest y. */
    public double min() {
        return Arrays.stream(y).min().getAsDouble();
    }

    public double max() {
        return Arrays.stream(y).max().getAsDouble();
    }

    @Override
    public String toString() {
        return isConstant() ? "Curve[constant " + y[0] + "]"
                : "Curve[" + x.length + " points, x " + x[0] + ".." + x[x.length - 1] + ", y " + min() + ".." + max() + "]";
    }
}
