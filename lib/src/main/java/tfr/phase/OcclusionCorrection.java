package tfr.phase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tfr.model.Breakpoint;
import tfr.model.CubicPhase;
import tfr.peaks.Peak;
import tfr.stft.FrameParams;
import tfr.window.ChirpResponse;

/**
 * Removes a bridged partial's leakage from the peaks beside it, then re-reads their amplitude and phase.
 *
 * <h2>Why</h2>
 * Where a louder partial crosses a weaker one, the weaker loses its peaks and tracking bridges it
 * ({@link tfr.track.Tracker}, occlusion): the synthesizer renders it through the gap on the cubic between
 * the gap's ends. But it was there in the sound too, inside the louder partial's main lobe, so the
 * louder partial's peaks in those frames read the sum of both: at the demo's 880 Hz crossing the chirp's
 * amplitude swings 0.23–0.33 for a true 0.3, and resynthesis then counts the bridged harmonic twice.
 *
 * <h2>How</h2>
 * In the estimator's model ({@link BreakpointEstimator}) a component of amplitude a, frame-centre phase
 * φ_t, frequency ω_t and chirp rate α adds {@code (a/s)·e^{jφ_t}·G(ω_t − ω_k, α)} to the
 * frame-centre-referenced X̃ at bin k (s = 2 for a real signal). For every frame m inside a track's gap,
 * the bridged partial's state at the frame centre is read from the synthesizer's own rule — phase and
 * frequency from the cubic between the gap's end peaks, amplitude linear ({@link CubicPhase#between}), α the
 * chord slope — and its contribution is subtracted from X̃ of each peak of frame m within
 * {@code zoneHz} of it; amplitude and phase are re-estimated from what remains with the peak's own
 * (track-refined) chirp rate.
 *
 * <p>Pitfalls: the frequency and time of the corrected peak are not re-read (that would need every
 * auxiliary spectrum, not just X̃), so a crossing still bends the louder partial's frequency by a few Hz;
 * the bridged partial's own end peaks, at the edge of the occlusion, carry some of the louder one's
 * leakage; the negative-frequency image of the bridged partial is neglected (~1e-4). Peaks carrying
 * bandwidth-enhancement noise are left as they are. {@link PhaseCorrection#CHIRP} only.
 */
public final class OcclusionCorrection {
    private final FrameParams frames;
    private final BreakpointEstimator estimator;
    private final ChirpResponse chirp;
    private final double zoneHz;
    private final double[] g = new double[2];
    private final double[] est = new double[4];

    /**
     * @param frames    the framing the peaks were read with
     * @param estimator reads amplitude and phase (not thread-safe: so neither is this)
     * @param zoneHz    how far from a bridged partial a peak is corrected, Hz (the tracker's occlusion zone, 2R)
     */
    public OcclusionCorrection(FrameParams frames, BreakpointEstimator estimator, double zoneHz) {
        if (frames == null || estimator == null) {
            throw new IllegalArgumentException("frames and estimator must not be null");
        }
        if (!(zoneHz > 0) || !Double.isFinite(zoneHz)) {
            throw new IllegalArgumentException("zoneHz must be finite and > 0, got " + zoneHz);
        }
        this.frames = frames;
        this.estimator = estimator;
        this.chirp = frames.auxiliaryWindows().chirpResponse();
        this.zoneHz = zoneHz;
    }

    /** A bridged partial's state at a frame centre, as the synthesizer renders it, and the track it belongs to. */
    private record Ghost(int track, Breakpoint state, double rateHzPerSec) { }

    /**
     * Corrects, in place, the peaks of {@code tracks} (refined, see {@code tfr.track.PartialBuilder#refine})
     * that lie within the zone of another track's bridged gap.
     *
     * @return how many peaks were re-read
     */
    public int correct(List<List<Peak>> tracks) {
        Map<Integer, List<Ghost>> ghosts = new HashMap<>();
        for (int ti = 0; ti < tracks.size(); ti++) {
            List<Peak> t = tracks.get(ti);
            for (int i = 1; i < t.size(); i++) {
                Peak a = t.get(i - 1);
                Peak b = t.get(i);
                if (b.frameIndex() - a.frameIndex() < 2 || !(a.amp() > 0 && b.amp() > 0)) {
                    continue;
                }
                Breakpoint ba = new Breakpoint(a.timeSec(), a.freqHz(), a.amp(), a.phaseRad(), 0);
                Breakpoint bb = new Breakpoint(b.timeSec(), b.freqHz(), b.amp(), b.phaseRad(), 0);
                double rate = (b.freqHz() - a.freqHz()) / (b.timeSec() - a.timeSec());
                for (int m = a.frameIndex() + 1; m < b.frameIndex(); m++) {
                    double tm = frames.frameTimeSec(m);
                    if (tm > a.timeSec() && tm < b.timeSec()) {
                        ghosts.computeIfAbsent(m, k -> new ArrayList<>()).add(new Ghost(ti, CubicPhase.between(ba, bb, tm), rate));
                    }
                }
            }
        }
        if (ghosts.isEmpty()) {
            return 0;
        }
        double fs = frames.sampleRateHz();
        double scale = frames.sinusoidScale();
        int corrected = 0;
        for (int ti = 0; ti < tracks.size(); ti++) {
            List<Peak> t = tracks.get(ti);
            for (int i = 0; i < t.size(); i++) {
                Peak p = t.get(i);
                List<Ghost> here = ghosts.get(p.frameIndex());
                if (here == null || p.bandwidth() > 0 || !Double.isFinite(p.spectrumRe()) || !(p.amp() > 0)) {
                    continue;
                }
                double xRe = p.spectrumRe();
                double xIm = p.spectrumIm();
                boolean any = false;
                double omegaK = frames.binOmega(p.bin());
                for (Ghost gh : here) {
                    Breakpoint q = gh.state();
                    if (gh.track() == ti || Math.abs(q.freqHz() - p.freqHz()) >= zoneHz) {
                        continue;
                    }
                    double omega = 2 * Math.PI * q.freqHz() / fs;
                    double alpha = gh.rateHzPerSec() * 2 * Math.PI / (fs * fs);
                    chirp.g(omega - omegaK, alpha, g);
                    double c = q.amp() / scale;
                    double eRe = c * Math.cos(q.phaseRad());
                    double eIm = c * Math.sin(q.phaseRad());
                    xRe -= eRe * g[0] - eIm * g[1];
                    xIm -= eRe * g[1] + eIm * g[0];
                    any = true;
                }
                if (!any) {
                    continue;
                }
                estimator.estimate(p.frameTimeSec(), p.bin(), p.timeSec(), p.freqHz(), xRe, xIm, p.chirpRateHzPerSec(),
                        PhaseCorrection.CHIRP, est);
                double amp = est[BreakpointEstimator.AMP];
                double ph = est[BreakpointEstimator.PHASE_RAD];
                if (Double.isFinite(amp) && Double.isFinite(ph)) {
                    t.set(i, p.withEstimate(amp, ph, p.chirpRateHzPerSec()));
                    corrected++;
                }
            }
        }
        return corrected;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "OcclusionCorrection[zone ±%.4g Hz]", zoneHz);
    }
}
