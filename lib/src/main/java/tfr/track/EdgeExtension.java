package tfr.track;

import java.util.ArrayList;
import java.util.List;
import tfr.consensus.CellClass;
import tfr.peaks.Peak;
import tfr.phase.EdgeFit;
import tfr.reassign.ReassignedFrame;
import tfr.stft.FrameParams;

/**
 * Continues partials through the frames that the signal's start and end cut (see {@link EdgeFit} for
 * why reassignment cannot be used there). A track whose first peak lies in the first full frame is
 * carried back frame by frame: frequency extrapolated along its chirp rate, amplitude and phase fitted
 * jointly with every other track being carried; it stops at the first frame where the fitted amplitude
 * drops below {@code stopRatio} of the track's first amplitude (the sound began inside that frame).
 * Likewise forward at the end. Without this, every partial would start half a window late and end half
 * a window early, and a steady tone's whole-file SNR would be capped near 20 dB.
 */
public final class EdgeExtension {
    /** The default stop ratio: a fitted amplitude below half the track's own ends the extension. */
    public static final double DEFAULT_STOP_RATIO = 0.5;

    private final FrameParams frames;
    private final EdgeFit fit;
    private final double stopRatio;

    public EdgeExtension(FrameParams frames, double stopRatio) {
        if (!(stopRatio >= 0 && stopRatio <= 1)) {
            throw new IllegalArgumentException("stopRatio must be in [0, 1], got " + stopRatio);
        }
        this.frames = frames;
        this.fit = new EdgeFit(frames);
        this.stopRatio = stopRatio;
    }

    /**
     * Extends {@code tracks} in place.
     *
     * @param tracks        refined tracks (see {@link PartialBuilder#refine}); modified lists are replaced
     * @param startFrames   the cut frames at the start, in increasing frame order
     * @param endFrames     the cut frames at the end, in increasing frame order
     * @param firstFull     index of the first full frame
     * @param lastFull      index of the last full frame
     * @param lengthSamples the signal's length
     * @return the number of breakpoints added
     */
    public int extend(List<List<Peak>> tracks, List<ReassignedFrame> startFrames, List<ReassignedFrame> endFrames,
                      int firstFull, int lastFull, int lengthSamples) {
        int added = 0;
        // start: walk backwards
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            if (tracks.get(i).get(0).frameIndex() == firstFull) {
                live.add(i);
            }
        }
        for (int f = startFrames.size() - 1; f >= 0 && !live.isEmpty(); f--) {
            added += step(tracks, live, startFrames.get(f), lengthSamples, true);
        }
        live.clear();
        for (int i = 0; i < tracks.size(); i++) {
            List<Peak> t = tracks.get(i);
            if (t.get(t.size() - 1).frameIndex() == lastFull) {
                live.add(i);
            }
        }
        for (int f = 0; f < endFrames.size() && !live.isEmpty(); f++) {
            added += step(tracks, live, endFrames.get(f), lengthSamples, false);
        }
        return added;
    }

    private int step(List<List<Peak>> tracks, List<Integer> live, ReassignedFrame frame, int lengthSamples, boolean atStart) {
        int n = live.size();
        double tm = frame.frameTimeSec();
        double[] freq = new double[n];
        double[] rate = new double[n];
        Peak[] anchor = new Peak[n];
        for (int i = 0; i < n; i++) {
            List<Peak> t = tracks.get(live.get(i));
            Peak a = atStart ? t.get(0) : t.get(t.size() - 1);
            anchor[i] = a;
            rate[i] = a.chirpRateHzPerSec();
            freq[i] = a.freqHz() + rate[i] * (tm - a.timeSec());
        }
        double[] amp = new double[n];
        double[] phase = new double[n];
        fit.fit(frame, lengthSamples, freq, rate, amp, phase);
        List<Integer> still = new ArrayList<>();
        int added = 0;
        double nyquist = frames.sampleRateHz() / 2;
        for (int i = 0; i < n; i++) {
            Peak a = anchor[i];
            if (!(amp[i] >= stopRatio * a.amp()) || !(freq[i] > 0 && freq[i] < nyquist) || !Double.isFinite(phase[i])) {
                continue;
            }
            // the anchor's reassigned time may lie up to a crop (one hop) from its frame: keep time order strict
            if (atStart ? !(tm < a.timeSec()) : !(tm > a.timeSec())) {
                continue;
            }
            int bin = (int) Math.round(freq[i] / frames.binSpacingHz());
            Peak p = new Peak(frame.frameIndex(), bin, tm, freq[i], amp[i], phase[i], rate[i], Double.NaN,
                    a.cellClass(), tm, Double.NaN, Double.NaN, a.bandwidth());
            int idx = live.get(i);
            List<Peak> t = new ArrayList<>(tracks.get(idx));
            if (atStart) {
                t.add(0, p);
            } else {
                t.add(p);
            }
            tracks.set(idx, t);
            still.add(idx);
            added++;
        }
        live.clear();
        live.addAll(still);
        return added;
    }

    /**
     * Carries tracks that reach the first (last) frame on to the signal's first (last) sample: the
     * first frame is centred on sample 0 but the last one generally ends up to a hop before the end,
     * and a fade starting there would cut the sound short (a 0.6 s steady tone: 27 dB whole-file SNR
     * instead of 100). The added breakpoint continues the chirp: f + α·Δt, φ + 2π(fΔt + αΔt²/2), same
     * amplitude.
     *
     * @return the number of breakpoints added
     */
    public int extendToSignalEnds(List<List<Peak>> tracks, int firstFrame, int lastFrame, int lengthSamples) {
        double fs = frames.sampleRateHz();
        double endSec = (lengthSamples - 1) / fs;
        int added = 0;
        for (int i = 0; i < tracks.size(); i++) {
            List<Peak> t = tracks.get(i);
            Peak first = t.get(0);
            Peak last = t.get(t.size() - 1);
            List<Peak> copy = null;
            if (first.frameIndex() == firstFrame && first.timeSec() > 0) {
                copy = new ArrayList<>(t);
                copy.add(0, carried(first, 0.0));
                added++;
            }
            if (last.frameIndex() == lastFrame && last.timeSec() < endSec) {
                if (copy == null) {
                    copy = new ArrayList<>(t);
                }
                copy.add(carried(last, endSec));
                added++;
            }
            if (copy != null) {
                tracks.set(i, copy);
            }
        }
        return added;
    }

    private Peak carried(Peak p, double toSec) {
        double dt = toSec - p.timeSec();
        double rate = p.chirpRateHzPerSec();
        double f = p.freqHz() + rate * dt;
        if (!(f > 0 && f < frames.sampleRateHz() / 2)) {
            f = p.freqHz();
            rate = 0;
        }
        double phase = tfr.model.Breakpoint.wrap(p.phaseRad() + 2 * Math.PI * (p.freqHz() * dt + 0.5 * rate * dt * dt));
        return new Peak(p.frameIndex(), p.bin(), toSec, f, p.amp(), phase, rate, Double.NaN, p.cellClass(), toSec,
                Double.NaN, Double.NaN, p.bandwidth());
    }

    @Override
    public String toString() {
        return "EdgeExtension[stop below " + stopRatio + " of the track's amplitude]";
    }
}
