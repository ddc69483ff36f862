package tfr.track;

import java.util.ArrayList;
import java.util.List;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.peaks.Peak;
import tfr.phase.BreakpointEstimator;
import tfr.phase.PhaseCorrection;

/**
 * Turns tracks of peaks into partials.
 *
 * <ol>
 * <li><b>Chirp rate from the track</b>: each peak's α is re-read as the slope, at that peak, of the
 * parabola through it and its neighbours in the track (exact for linear chirps and steady tones, and
 * for any quadratic frequency trajectory) — the per-frame estimate α̂ scatters on real signals (the
 * negative-frequency image: ~10 Hz/s on a steady Hann-analysed tone, 2e-3 rad of phase).</li>
 * <li><b>Amplitude and phase re-read</b> with that α ({@link BreakpointEstimator}, chirp term
 * included) when the correction is {@link PhaseCorrection#CHIRP}.</li>
 * <li><b>Fades</b>: a zero-amplitude breakpoint {@code fadeSec} before the first and after the last
 * breakpoint, at the same frequency with the phase carried linearly, so partials fade in and out
 * instead of clicking (and synthesis needs no fade rule of its own).</li>
 * </ol>
 */
public final class PartialBuilder {
    private final BreakpointEstimator estimator;
    private final PhaseCorrection correction;
    private final double fadeSec;
    private final double[] est = new double[4];

    /**
     * @param estimator  reads amplitude and phase (null: keep the peaks' own)
     * @param correction how (CHIRP re-reads with the track's chirp rate)
     * @param fadeSec    distance of the zero-amplitude end points, s (0: none)
     */
    public PartialBuilder(BreakpointEstimator estimator, PhaseCorrection correction, double fadeSec) {
        if (!(fadeSec >= 0) || !Double.isFinite(fadeSec)) {
            throw new IllegalArgumentException("fadeSec must be finite and >= 0, got " + fadeSec);
        }
        this.estimator = estimator;
        this.correction = correction;
        this.fadeSec = fadeSec;
    }

    /** The track with every peak's chirp rate re-read from the track and amplitude/phase re-estimated. */
    public List<Peak> refine(List<Peak> track) {
        int n = track.size();
        List<Peak> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Peak p = track.get(i);
            double rate = trackSlope(track, i);
            if (estimator != null && correction == PhaseCorrection.CHIRP && Double.isFinite(p.spectrumRe())) {
                estimator.estimate(p.frameTimeSec(), p.bin(), p.timeSec(), p.freqHz(), p.spectrumRe(), p.spectrumIm(),
                        rate, correction, est);
                double amp = est[BreakpointEstimator.AMP];
                double ph = est[BreakpointEstimator.PHASE_RAD];
                if (!(Double.isFinite(amp) && Double.isFinite(ph))) {
                    out.add(p.withEstimate(p.amp(), p.phaseRad(), rate));
                } else if (p.bandwidth() > 0) {
                    // keep the associated noise energy N = ½a²·bw; the sinusoid's part is re-read
                    double noise2 = p.amp() * p.amp() * p.bandwidth();
                    double total = Math.sqrt(amp * amp + noise2);
                    out.add(p.withEstimate(total, ph, rate).withBandwidth(total, Math.min(1, noise2 / (total * total))));
                } else {
                    out.add(p.withEstimate(amp, ph, rate));
                }
            } else {
                out.add(p.withEstimate(p.amp(), p.phaseRad(), rate));
            }
        }
        return out;
    }

    /** The partial of a (refined) track, with fade end points. */
    public Partial toPartial(List<Peak> track) {
        return toPartial(track, null);
    }

    /**
     * The partial of a (refined) track, starting at {@code onset} when one was found
     * ({@link OnsetExtension}): a ramp of {@link OnsetExtension#FADE_SEC} centred on the onset time, from
     * zero to the onset's amplitude, both ends at the first peak's frequency with its phase carried
     * back at that frequency (so the cubic to the first peak is a straight line in frequency); else the
     * usual fade-in. The end always fades out.
     */
    public Partial toPartial(List<Peak> track, OnsetExtension.Onset onset) {
        List<Breakpoint> b = new ArrayList<>(track.size() + 3);
        Peak first = track.get(0);
        Peak last = track.get(track.size() - 1);
        double fade = OnsetExtension.FADE_SEC;
        if (onset != null && onset.timeSec() + fade < first.timeSec() && first.amp() > 0) {
            // the ramp centred on the onset: the same energy as a step there (t₀ reads as the middle of an attack)
            b.add(carried(first, onset.timeSec() - fade / 2, 0.0));
            b.add(carried(first, onset.timeSec() + fade / 2, onset.amp()));
        } else if (fadeSec > 0 && first.amp() > 0) {
            b.add(carried(first, first.timeSec() - fadeSec, 0.0));
        }
        for (Peak p : track) {
            b.add(new Breakpoint(p.timeSec(), p.freqHz(), p.amp(), p.phaseRad(), p.bandwidth()));
        }
        if (fadeSec > 0 && last.amp() > 0) {
            b.add(carried(last, last.timeSec() + fadeSec, 0.0));
        }
        return Partial.of(b);
    }

    /** A breakpoint at {@code timeSec} with peak p's frequency and bandwidth, its phase carried there at that frequency. */
    private static Breakpoint carried(Peak p, double timeSec, double amp) {
        return new Breakpoint(timeSec, p.freqHz(), amp, p.phaseRad() + 2 * Math.PI * p.freqHz() * (timeSec - p.timeSec()),
                p.bandwidth());
    }

    /**
     * d f/dt at peak i: the derivative of the parabola through peaks i−1, i, i+1 (or the nearest three
     * at the ends; the chord for two peaks; the peak's own α̂ for one).
     */
    static double trackSlope(List<Peak> track, int i) {
        int n = track.size();
        if (n == 1) {
            return track.get(0).chirpRateHzPerSec();
        }
        if (n == 2) {
            Peak a = track.get(0);
            Peak b = track.get(1);
            return (b.freqHz() - a.freqHz()) / (b.timeSec() - a.timeSec());
        }
        int c = Math.max(1, Math.min(n - 2, i)); // centre of the 3-point stencil
        double x0 = track.get(c - 1).timeSec();
        double x1 = track.get(c).timeSec();
        double x2 = track.get(c + 1).timeSec();
        double y0 = track.get(c - 1).freqHz();
        double y1 = track.get(c).freqHz();
        double y2 = track.get(c + 1).freqHz();
        double x = track.get(i).timeSec();
        // derivative of the Lagrange parabola at x
        return y0 * ((x - x1) + (x - x2)) / ((x0 - x1) * (x0 - x2))
                + y1 * ((x - x0) + (x - x2)) / ((x1 - x0) * (x1 - x2))
                + y2 * ((x - x0) + (x - x1)) / ((x2 - x0) * (x2 - x1));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "PartialBuilder[%s, fade %.4g s]", correction, fadeSec);
    }
}
