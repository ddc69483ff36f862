package tfr.transform;

import java.util.ArrayList;
import java.util.List;
import tfr.model.Breakpoint;
import tfr.model.CubicPhase;
import tfr.model.Partial;

/**
 * A partial's phase as the synthesizer renders it, and the rules that keep phases consistent after an
 * edit. Between breakpoints the phase is the McAulay–Quatieri cubic (see {@code tfr.synth.Synthesizer}):
 * <pre>
 *   φ(τ) = φ₀ + ω₀τ + aτ² + bτ³,  M = round([(φ₀ + ω₀T − φ₁) + (ω₁ − ω₀)T/2] / 2π),
 *   e = φ₁ + 2πM − φ₀ − ω₀T,  a = 3e/T² − (ω₁ − ω₀)/T,  b = −2e/T³ + (ω₁ − ω₀)/T²
 * </pre>
 * so the <em>unwrapped advance</em> between breakpoints is Δφ = φ₁ + 2πM − φ₀. Edits use it:
 * <ul>
 * <li>a frequency scaled by r scales the advance by r (the cubic of r·φ(t) meets r·ω): phase relations
 *     between harmonics are kept;</li>
 * <li>a time scaled keeps the frequencies and takes the trapezoid advance π(f₀ + f₁)Δt′ (exact for
 *     a linear chirp);</li>
 * <li>a breakpoint inserted at time t takes the cubic's own φ(t) and φ′(t)/2π, so rendering is unchanged
 *     (a cubic restricted to a sub-interval is the Hermite cubic of its own end values and slopes).</li>
 * </ul>
 */
public final class PhaseTrack {
    private PhaseTrack() {
    }

    /** The unwrapped phase advance from a to b (rad), as the synthesizer's cubic takes it ({@link CubicPhase}). */
    public static double unwrappedAdvance(Breakpoint a, Breakpoint b) {
        return CubicPhase.unwrappedAdvance(a, b);
    }

    /** {phase (unwrapped from a's), instantaneous frequency (Hz)} of the cubic from a to b at time t in [a, b] ({@link CubicPhase}). */
    public static double[] cubicAt(Breakpoint a, Breakpoint b, double timeSec) {
        return CubicPhase.at(a, b, timeSec);
    }

    /**
     * The partial with a breakpoint added at each of {@code timesSec} that falls strictly inside its span
     * and not on an existing breakpoint: phase and frequency from the cubic, amplitude and bandwidth
     * linear. The rendered sound does not change.
     */
    public static Partial insert(Partial p, double[] timesSec) {
        List<Breakpoint> b = p.breakpoints();
        List<Breakpoint> out = new ArrayList<>(b.size() + timesSec.length);
        double[] ts = timesSec.clone();
        java.util.Arrays.sort(ts);
        int j = 0;
        for (int i = 0; i < b.size(); i++) {
            Breakpoint cur = b.get(i);
            if (i > 0) {
                Breakpoint prev = b.get(i - 1);
                while (j < ts.length && ts[j] <= prev.timeSec()) {
                    j++;
                }
                while (j < ts.length && ts[j] < cur.timeSec()) {
                    out.add(between(prev, cur, ts[j]));
                    j++;
                }
            }
            out.add(cur);
        }
        return p.withBreakpoints(out);
    }

    /** The breakpoint the synthesizer renders at time t of segment a → b ({@link CubicPhase#between}). */
    public static Breakpoint between(Breakpoint a, Breakpoint b, double timeSec) {
        return CubicPhase.between(a, b, timeSec);
    }

    /** The partial as rendered at time t (its own breakpoint where one lies at t), or null outside its span. */
    public static Breakpoint valueAt(Partial p, double timeSec) {
        if (timeSec < p.startTimeSec() || timeSec > p.endTimeSec()) {
            return null;
        }
        List<Breakpoint> b = p.breakpoints();
        for (int i = 0; i < b.size(); i++) {
            Breakpoint c = b.get(i);
            if (c.timeSec() == timeSec) {
                return c;
            }
            if (c.timeSec() > timeSec) {
                return between(b.get(i - 1), c, timeSec);
            }
        }
        return null;
    }

    /** Phases rebuilt from the first breakpoint's by the trapezoid rule: φᵢ₊₁ = φᵢ + π(fᵢ + fᵢ₊₁)(tᵢ₊₁ − tᵢ). */
    public static List<Breakpoint> reintegrate(List<Breakpoint> b) {
        List<Breakpoint> out = new ArrayList<>(b.size());
        double phase = b.get(0).phaseRad();
        out.add(b.get(0));
        for (int i = 1; i < b.size(); i++) {
            Breakpoint p = b.get(i - 1);
            Breakpoint c = b.get(i);
            phase += Math.PI * (p.freqHz() + c.freqHz()) * (c.timeSec() - p.timeSec());
            phase = Breakpoint.wrap(phase);
            out.add(c.withPhaseRad(phase));
        }
        return out;
    }
}
