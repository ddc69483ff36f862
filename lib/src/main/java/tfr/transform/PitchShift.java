package tfr.transform;

import java.util.ArrayList;
import java.util.List;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * Pitch shift of a partial set by a ratio r(t) (constant or time-varying): every breakpoint frequency
 * f becomes r(t)·f at the same time; amplitudes are kept, or — {@link Timbre#KEEP_ENVELOPE} — re-read
 * from the sound's own spectral envelope at the new frequency, so that a voice keeps its formants.
 *
 * <h2>Phase</h2>
 * The unwrapped phase advance between breakpoints ({@link PhaseTrack#unwrappedAdvance}) is scaled by
 * the mean ratio of the segment, from the first breakpoint's phase on: φ′ᵢ₊₁ = φ′ᵢ + ½(rᵢ + rᵢ₊₁)·Δφᵢ.
 * For a constant r the rendered phase is r·φ(t) + const — exactly consistent with the frequency r·f,
 * so resynthesis has no clicks and no phasiness; r = 1 returns the partials unchanged. Exactly, that
 * holds for every segment whose scaled phase mismatch |r·e| stays within π (e, see
 * {@link tfr.phase.PhaseConsistency}); beyond it the synthesizer's maximally smooth cubic takes a
 * different number of turns for that segment (still continuous and consistent, but not r·φ: 40 of
 * 9,521 segments of the violin in notebook 16 at r = 1.5).
 *
 * <h2>Spectral envelope</h2>
 * At time t the envelope E_t(f) is the piecewise-linear interpolation, in dB over Hz, of the amplitudes
 * of all partials sounding at t (constant beyond the lowest and highest). {@code KEEP_ENVELOPE} multiplies
 * each breakpoint's amplitude by E_t(r·f)/E_t(f). Pitfall: with few partials the envelope is coarse;
 * partials shifted above the Nyquist frequency are muted by synthesis.
 */
public final class PitchShift {
    /** What happens to the spectral envelope. */
    public enum Timbre {
        /** Amplitudes move with their partials: the whole spectrum, formants included, shifts. */
        SHIFT_WITH_PITCH,
        /** Amplitudes are re-read from the original envelope at the new frequency: formants stay. */
        KEEP_ENVELOPE
    }

    private PitchShift() {
    }

    /** Every frequency × ratio (constant), amplitudes moving with their partials. */
    public static PartialSet apply(PartialSet set, double ratio) {
        return apply(set, Curve.constant(ratio), Timbre.SHIFT_WITH_PITCH);
    }

    /**
     * @param ratio  r(t) > 0, t in seconds
     * @param timbre whether the spectral envelope moves or stays
     */
    public static PartialSet apply(PartialSet set, Curve ratio, Timbre timbre) {
        if (set == null || ratio == null || timbre == null) {
            throw new IllegalArgumentException("set, ratio and timbre must not be null");
        }
        if (!(ratio.min() > 0)) {
            throw new IllegalArgumentException("pitch ratio must be > 0 everywhere, got a minimum of " + ratio.min());
        }
        if (ratio.isConstant() && ratio.at(0) == 1.0) {
            return set;
        }
        List<Partial> out = new ArrayList<>(set.size());
        for (Partial p : set.partials()) {
            List<Breakpoint> b = p.breakpoints();
            List<Breakpoint> nb = new ArrayList<>(b.size());
            double phase = b.get(0).phaseRad();
            for (int i = 0; i < b.size(); i++) {
                Breakpoint c = b.get(i);
                double r = ratio.at(c.timeSec());
                if (i > 0) {
                    Breakpoint prev = b.get(i - 1);
                    double rMean = 0.5 * (ratio.at(prev.timeSec()) + r);
                    phase += rMean * PhaseTrack.unwrappedAdvance(prev, c);
                    phase = Breakpoint.wrap(phase);
                }
                double amp = c.amp();
                if (timbre == Timbre.KEEP_ENVELOPE && amp > 0) {
                    double[][] env = envelope(set, c.timeSec());
                    if (env != null) {
                        amp *= Math.pow(10, (readDb(env, r * c.freqHz()) - readDb(env, c.freqHz())) / 20);
                    }
                }
                nb.add(new Breakpoint(c.timeSec(), r * c.freqHz(), amp, phase, c.bandwidth()));
            }
            out.add(p.withBreakpoints(nb));
        }
        return PartialSet.of(out);
    }

    /**
     * The spectral envelope E_t(f) in dB: amplitudes of the partials sounding at t, interpolated
     * linearly in dB over frequency; NaN if nothing sounds at t.
     */
    public static double envelopeDb(PartialSet set, double timeSec, double freqHz) {
        double[][] env = envelope(set, timeSec);
        return env == null ? Double.NaN : readDb(env, freqHz);
    }

    /** {frequencies (Hz, ascending), levels (dB)} of the partials sounding at t; null if none. */
    private static double[][] envelope(PartialSet set, double timeSec) {
        List<double[]> pts = new ArrayList<>();
        for (Partial p : set.partials()) {
            double a = p.ampAt(timeSec);
            if (a > 0) {
                pts.add(new double[] {p.freqHzAt(timeSec), 20 * Math.log10(a)});
            }
        }
        if (pts.isEmpty()) {
            return null;
        }
        pts.sort((x, y) -> Double.compare(x[0], y[0]));
        double[][] env = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            env[0][i] = pts.get(i)[0];
            env[1][i] = pts.get(i)[1];
        }
        return env;
    }

    /** The envelope read at f: linear in dB between its points, constant beyond them. */
    private static double readDb(double[][] env, double freqHz) {
        double[] f = env[0];
        double[] db = env[1];
        if (freqHz <= f[0]) {
            return db[0];
        }
        for (int i = 1; i < f.length; i++) {
            if (freqHz <= f[i]) {
                double u = f[i] > f[i - 1] ? (freqHz - f[i - 1]) / (f[i] - f[i - 1]) : 1;
                return db[i - 1] + u * (db[i] - db[i - 1]);
            }
        }
        return db[f.length - 1];
    }
}
