package tfr.signals;

/**
 * Sinusoidal vibrato in cents: the frequency factor {@code v(τ) = 2^(D·sin(ωτ))} with
 * {@code D = depthCents/1200}, {@code ω = 2π·rateHz}, and its exact integral
 * {@code V(τ) = ∫₀^τ v(s) ds}.
 *
 * <p>With {@code a = D·ln 2}, {@code v = e^(a·sin ωτ)}, and the Jacobi–Anger expansion
 * {@code e^(a sin θ) = I₀(a) + 2 Σ_{m≥1} I_m(a)·cos(mθ − mπ/2)} (I_m the modified Bessel functions of
 * the first kind) integrates term by term to
 * <pre>
 *   V(τ) = I₀(a)·τ + Σ_{m≥1} 2·I_m(a)/(m·ω) · [sin(mωτ − mπ/2) + sin(mπ/2)]
 * </pre>
 * i.e. odd m = 2j+1 contribute {@code (−1)^j (1 − cos mθ)} and even m = 2j contribute
 * {@code (−1)^j sin mθ}. For {@code a <= ln 2} (one octave) the terms fall faster than
 * {@code (a/2)^m/m!}, so ~20 terms reach double precision.
 */
final class Vibrato {
    private static final int MAX_ORDER = 40;
    private final double rateHz;
    private final double exponent; // a = D·ln 2
    private final double[] besselI; // I_m(a), m = 0..order

    Vibrato(double rateHz, double depthCents) {
        this.rateHz = rateHz;
        this.exponent = depthCents / 1200.0 * Math.log(2);
        this.besselI = rateHz == 0 || exponent == 0 ? new double[] {1.0} : besselSeries(exponent);
    }

    /** I_m(a) for m = 0, 1, … until the next one is below 1e-20 · I_0. */
    private static double[] besselSeries(double a) {
        double half = a / 2;
        double[] values = new double[MAX_ORDER + 1];
        int order = 0;
        double lead = 1.0; // (a/2)^m / m!
        for (int m = 0; m <= MAX_ORDER; m++) {
            if (m > 0) {
                lead *= half / m;
            }
            double term = lead;
            double sum = 0;
            for (int j = 0; term > 1e-300; j++) {
                sum += term;
                term *= half * half / ((j + 1.0) * (j + 1.0 + m));
                if (term < 1e-20 * sum) {
                    sum += term;
                    break;
                }
            }
            values[m] = sum;
            order = m;
            if (m > 0 && sum < 1e-20 * values[0]) {
                break;
            }
        }
        return java.util.Arrays.copyOf(values, order + 1);
    }

    private double angle(double tau) {
        return Phase.TWO_PI * Phase.fraction(rateHz * tau);
    }

    /** {@code v(τ) = 2^(D·sin(2π·rateHz·τ))}. */
    double factor(double tau) {
        if (besselI.length == 1) {
            return 1.0;
        }
        return Math.exp(exponent * Math.sin(angle(tau)));
    }

    /** {@code V(τ) = ∫₀^τ v(s) ds} in seconds (equals τ without vibrato). */
    double integral(double tau) {
        if (besselI.length == 1) {
            return tau;
        }
        double theta = angle(tau);
        double omega = Phase.TWO_PI * rateHz;
        double periodic = 0;
        for (int m = besselI.length - 1; m >= 1; m--) {
            double sign = ((m / 2) % 2 == 0) ? 1.0 : -1.0;
            double shape = (m % 2 == 1) ? 1 - Math.cos(m * theta) : Math.sin(m * theta);
            periodic += sign * 2 * besselI[m] / (m * omega) * shape;
        }
        return besselI[0] * tau + periodic;
    }
}
