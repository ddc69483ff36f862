package tfr.transform;

import java.util.ArrayList;
import java.util.List;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * Vibrato (FM) and tremolo (AM) added to partials:
 * <pre>
 *   f′(t) = f(t)·2^{(d/1200)·sin(2π·rate·t)}        d = depth in cents
 *   a′(t) = a(t)·(1 + m·sin(2π·rate·t))/(1 + m)     m = depth 0..1 (peak amplitude kept)
 * </pre>
 * Breakpoints are first inserted wherever the partial is sparser than 1/16 of the modulation period
 * (lossless: {@link PhaseTrack#insert}), so the modulation is sampled finely enough for linear
 * amplitude and cubic phase. Phase: the unwrapped advance plus the trapezoid phase of the added
 * frequency, Δφ′ = Δφ + π(f′₀ − f₀ + f′₁ − f₁)Δt, from the first breakpoint's phase on.
 */
public final class Modulation {
    private Modulation() {
    }

    /** Adds vibrato of {@code rateHz} and ±{@code depthCents}. */
    public static PartialSet vibrato(PartialSet set, double rateHz, double depthCents) {
        check(rateHz, "vibrato rateHz");
        if (!(depthCents >= 0 && depthCents <= 2400)) {
            throw new IllegalArgumentException("vibrato depthCents must be in [0, 2400], got " + depthCents);
        }
        return modulate(set, rateHz, depthCents, 0);
    }

    /** Adds tremolo of {@code rateHz} and depth m ∈ [0, 1]. */
    public static PartialSet tremolo(PartialSet set, double rateHz, double depth) {
        check(rateHz, "tremolo rateHz");
        if (!(depth >= 0 && depth <= 1)) {
            throw new IllegalArgumentException("tremolo depth must be in [0, 1], got " + depth);
        }
        return modulate(set, rateHz, 0, depth);
    }

    private static void check(double rateHz, String name) {
        if (!(rateHz > 0) || !Double.isFinite(rateHz)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + rateHz);
        }
    }

    private static PartialSet modulate(PartialSet set, double rateHz, double cents, double depth) {
        if (set == null) {
            throw new IllegalArgumentException("set must not be null");
        }
        double spacing = 1 / (16 * rateHz);
        List<Partial> out = new ArrayList<>(set.size());
        for (Partial p : set.partials()) {
            Partial dense = densify(p, spacing);
            List<Breakpoint> b = dense.breakpoints();
            List<Breakpoint> nb = new ArrayList<>(b.size());
            double phase = b.get(0).phaseRad();
            double prevF = 0;
            for (int i = 0; i < b.size(); i++) {
                Breakpoint c = b.get(i);
                double s = Math.sin(2 * Math.PI * rateHz * c.timeSec());
                double f = c.freqHz() * Math.pow(2, cents / 1200 * s);
                double a = c.amp() * (1 + depth * s) / (1 + depth);
                if (i > 0) {
                    Breakpoint prev = b.get(i - 1);
                    phase += PhaseTrack.unwrappedAdvance(prev, c)
                            + Math.PI * (prevF - prev.freqHz() + f - c.freqHz()) * (c.timeSec() - prev.timeSec());
                    phase = Breakpoint.wrap(phase);
                }
                nb.add(new Breakpoint(c.timeSec(), f, a, phase, c.bandwidth()));
                prevF = f;
            }
            out.add(dense.withBreakpoints(nb));
        }
        return PartialSet.of(out);
    }

    /** Breakpoints inserted so that no two are farther apart than spacingSec (the sound unchanged). */
    static Partial densify(Partial p, double spacingSec) {
        List<Double> times = new ArrayList<>();
        List<Breakpoint> b = p.breakpoints();
        for (int i = 1; i < b.size(); i++) {
            double t0 = b.get(i - 1).timeSec();
            double t1 = b.get(i).timeSec();
            int k = (int) Math.ceil((t1 - t0) / spacingSec);
            for (int j = 1; j < k; j++) {
                times.add(t0 + (t1 - t0) * j / k);
            }
        }
        if (times.isEmpty()) {
            return p;
        }
        return PhaseTrack.insert(p, times.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
