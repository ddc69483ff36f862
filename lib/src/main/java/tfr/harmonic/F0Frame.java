package tfr.harmonic;

import java.util.Locale;

/**
 * The fundamental of one frame (one set of simultaneous partials), as the {@link F0Estimator} finds it.
 *
 * @param f0Hz        the best fundamental, Hz, even when not voiced (NaN when no candidate lay in the
 *                    range, e.g. no partial sounded)
 * @param harmonicity Loris' Q(f0) = Σa²·cos(2π·f/f0) / Σa², in [−1, 1] (1: every partial a harmonic;
 *                    NaN with f0Hz)
 * @param levelDb     10·log10(Σa²), dB re full scale (−∞ when nothing sounds)
 * @param voiced      Q ≥ threshold and level ≥ the floor
 */
public record F0Frame(double f0Hz, double harmonicity, double levelDb, boolean voiced) {
    public F0Frame {
        if (!(f0Hz > 0 && Double.isFinite(f0Hz)) && !Double.isNaN(f0Hz)) {
            throw new IllegalArgumentException("f0Hz must be finite and > 0, or NaN, got " + f0Hz);
        }
        if (!(harmonicity >= -1 - 1e-9 && harmonicity <= 1 + 1e-9) && !Double.isNaN(harmonicity)) {
            throw new IllegalArgumentException("harmonicity must be in [-1, 1] or NaN, got " + harmonicity);
        }
        if (Double.isNaN(levelDb) || levelDb == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("levelDb must be a number or -Infinity, got " + levelDb);
        }
        if (voiced && Double.isNaN(f0Hz)) {
            throw new IllegalArgumentException("a voiced frame needs a finite f0Hz");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "F0Frame[%.4f Hz, Q %.4f, %.2f dB, %s]", f0Hz, harmonicity, levelDb,
                voiced ? "voiced" : "unvoiced");
    }
}
