package tfr.phase;

import java.util.List;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * How well successive breakpoints' phases agree with their frequencies — the frequency/phase
 * consistency of a partial set. Between breakpoints (t₀, f₀, φ₀) and (t₁, f₁, φ₁) the phase travel
 * predicted by linearly interpolated frequency is π(f₀ + f₁)(t₁ − t₀) (exact for a linear chirp); the
 * mismatch is
 * <pre>
 *   e = wrap(φ₁ − φ₀ − π(f₀ + f₁)(t₁ − t₀))
 * </pre>
 * Cubic-phase synthesis absorbs any e (it bends the frequency between the breakpoints by up to
 * 1.5·e/(2πT) Hz), so a small RMS e means the bend is small — the model is self-consistent, as it is
 * when phases, frequencies and chirp rates are estimated right. Loris instead nudges breakpoint
 * frequencies (≤ 0.2 %) until e = 0; here e is reported, not hidden. Zero-amplitude (fade) breakpoints are skipped.
 */
public final class PhaseConsistency {
    private PhaseConsistency() {
    }

    /** RMS mismatch over every pair of successive non-zero breakpoints, rad (NaN if there is none). */
    public static double rmsMismatchRad(PartialSet set) {
        double s = 0;
        long n = 0;
        for (Partial p : set.partials()) {
            List<Breakpoint> b = p.breakpoints();
            for (int i = 1; i < b.size(); i++) {
                Breakpoint a = b.get(i - 1);
                Breakpoint c = b.get(i);
                if (a.amp() == 0 || c.amp() == 0) {
                    continue;
                }
                double e = mismatchRad(a, c);
                s += e * e;
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(s / n);
    }

    /** The mismatch e between two successive breakpoints, rad, in (−π, π]. */
    public static double mismatchRad(Breakpoint a, Breakpoint c) {
        double travel = Math.PI * (a.freqHz() + c.freqHz()) * (c.timeSec() - a.timeSec());
        return Breakpoint.wrap(c.phaseRad() - a.phaseRad() - travel);
    }
}
