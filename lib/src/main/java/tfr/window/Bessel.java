package tfr.window;

/**
 * Modified Bessel functions of the first kind for the Kaiser window and its derivatives, by their
 * power series {@code I_ν(u) = Σ_k (u/2)^{2k+ν} / (k!(k+ν)!)}, written in terms of u² so that the
 * window's analytic continuation just beyond its ends (u² &lt; 0, where I₀ becomes J₀) needs no
 * special case. The series converges for every u; for the β ≤ 700 accepted here it stays in range.
 * Package-private: a Kaiser-window detail, not a general special-function library.
 */
final class Bessel {
    private Bessel() {
    }

    /** {@code Σ_k (u²/4)^k / (k!(k+ν)!)}: I₀(u) = s(u²,0), I₁(u)/u = s(u²,1)/2, I₂(u)/u² = s(u²,2)/4. */
    private static double series(double u2, int nu) {
        double q = 0.25 * u2;
        double term = 1.0;
        for (int i = 2; i <= nu; i++) {
            term /= i;
        }
        double sum = term;
        for (int k = 1; k < 4000; k++) {
            term *= q / ((double) k * (k + nu));
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return sum;
    }

    /** I₀(u) as a function of u². */
    static double i0(double u2) {
        return series(u2, 0);
    }

    /** I₁(u)/u as a function of u² (1/2 at u = 0). */
    static double i1OverU(double u2) {
        return 0.5 * series(u2, 1);
    }

    /** I₂(u)/u² as a function of u² (1/8 at u = 0). */
    static double i2OverU2(double u2) {
        return 0.25 * series(u2, 2);
    }
}
