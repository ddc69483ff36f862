package tfr.track;

import java.util.List;
import tfr.peaks.Peak;
import tfr.stft.FrameParams;
import tfr.window.ChirpResponse;

/**
 * Starts a partial at its onset instead of at its first clean peak.
 *
 * <h2>Why</h2>
 * A partial that starts abruptly inside the sound (a plucked or struck note) has no clean ridge until a
 * window lies almost wholly after the onset: the frames that straddle it see a sinusoid switched on
 * part-way, whose M and neighbourhood fail the sinusoid tests. With Hann 2048 at 44.1 kHz the first
 * clean peak comes 10–25 ms after the onset and the partial, faded in over one hop before it, sounds
 * 11–22 ms late with a soft attack — which every transformation then inherits.
 *
 * <h2>How (time reassignment of a switched-on sinusoid)</h2>
 * The straddling frames still have a ridge at the partial's frequency, rejected, whose reassigned time
 * lies after the frame centre: the energy is in the window's later part. For a steady sinusoid switched
 * on at window sample n₀ the reassigned time is the centroid of the window over the part it covers,
 * <pre>
 *   t̂ − t = Σ_{n ≥ n₀} (n − c)·h[n] / Σ_{n ≥ n₀} h[n]      (c the window centre, samples; ν ≈ 0)
 * </pre>
 * which increases with n₀, so n₀ follows from t̂ by inverting it (prefix sums, bisection). Each frame of
 * the chain of straddling ridges before the partial's first peak (rejected ridges within the drift of
 * its frequency, frame after frame back to where they stop) whose energy lies more than a quarter hop
 * after its centre and whose window covers 5–60 % of its sum after the onset gives a reading: the onset
 * time, and the amplitude a = s·|X̃| / |Σ_{n ≥ n₀} h[n]·e^{jν(n − c)}|, ν = ω₁ − ω_k with ω₁ the partial's
 * first frequency (s = 2 for a real signal, as in {@code tfr.phase.BreakpointEstimator}). The onset is the
 * median of the readings (short hops give dozens). The partial then rises from zero to a over
 * {@value #FADE_SEC} s centred on t₀ — the energy of a step at t₀, which for a linear attack is its
 * middle — at the first peak's frequency, its phase carried back at that frequency (so the cubic to
 * the first peak is unchanged). Partials that start together are one event: an onset read more than
 * {@value #FADE_SEC} s before the a²-weighted median of those within ±{@value #COMMON_ONSET_SEC} s is moved
 * to it ({@link #alignEarlyOnsets}; on the piano's first note this removed a 3.4 ms pre-echo of weak
 * partials read early).
 *
 * <p>Pitfalls: exact for a steady sinusoid near its bin centre that switches on at once; a slow attack
 * reads as an earlier onset with a lower amplitude (the shape still rises); another component at the
 * same frequency in the straddling frames (a decaying note repeated) biases t₀; the truncated window's
 * transform is wide, so partials a few bins apart leak into each other's straddling ridges (harmonics of
 * 220 Hz, 4.4 bins apart with Hann 2048: onsets within ±1.5 ms and 1 dB; of 110 Hz: up to 5 ms late, and
 * where the chain breaks the partial falls back to the fade-in). Used only where the
 * evidence is clear: at least one reading, an onset at least 2 ms before the first peak, and an amplitude
 * at most twice the first peak's. A decaying partial pulls t̂ back in the frames centred after its onset;
 * those give no reading but do not break the chain.
 */
public final class OnsetExtension {
    /** The ramp from silence to the onset's amplitude, centred on the onset, s: short enough for a struck attack, long enough not to click. */
    public static final double FADE_SEC = 0.001;
    /**
     * Readings from frames whose window covers less than this share of its sum after the onset are not
     * used: there the ridge is a sliver of the window's tail, swamped by the wide transforms of louder
     * partials switched on at the same time.
     */
    static final double MIN_COVERAGE = 0.05;
    /** Nor from frames covering more than this: the onset is then too near the window's start to be read. */
    static final double MAX_COVERAGE = 0.6;
    /** Partials whose onsets lie within this of each other are taken as one event ({@link #alignEarlyOnsets}), s. */
    public static final double COMMON_ONSET_SEC = 0.010;

    private final FrameParams frames;
    private final double driftHz;
    private final double[] h;
    private final double centre;
    /** tail0[i] = Σ_{n ≥ i} h[n]; tail1[i] = Σ_{n ≥ i} (n − c)·h[n]; i = 0..N. */
    private final double[] tail0;
    private final double[] tail1;
    private final double minLateSamples;
    /** The witnesses of the last frames, newest first: a window straddles an onset for at most N/hop frames. */
    private final java.util.ArrayDeque<List<Peak>> recent = new java.util.ArrayDeque<>();
    private final int recentFrames;
    /** The onset found for each track-starting peak (by identity: refinement later replaces the peak objects). */
    private final java.util.Map<Peak, Onset> onsetByFirstPeak = new java.util.IdentityHashMap<>();
    /** The window truncated at a reading's onset (scratch for {@link #find}). */
    private final double[] truncated;

    /** An onset: the time a partial starts, s, and its amplitude there. */
    public record Onset(double timeSec, double amp) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "Onset[%.5f s, amp %.4g]", timeSec, amp);
        }
    }

    /**
     * @param frames  the framing the peaks were read with
     * @param driftHz how far a straddling ridge's frequency may be from the partial's first, Hz (the tracker's drift)
     */
    public OnsetExtension(FrameParams frames, double driftHz) {
        if (frames == null) {
            throw new IllegalArgumentException("frames must not be null");
        }
        if (!(driftHz > 0) || !Double.isFinite(driftHz)) {
            throw new IllegalArgumentException("driftHz must be finite and > 0, got " + driftHz);
        }
        this.frames = frames;
        this.driftHz = driftHz;
        var aux = frames.auxiliaryWindows();
        this.h = aux.h();
        this.centre = aux.centreSamples();
        int n = h.length;
        tail0 = new double[n + 1];
        tail1 = new double[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            tail0[i] = tail0[i + 1] + h[i];
            tail1[i] = tail1[i + 1] + (i - centre) * h[i];
        }
        this.minLateSamples = 0.25 * frames.hopSamples();
        this.truncated = new double[h.length];
        this.recentFrames = (int) Math.ceil((double) frames.window().lengthSamples() / frames.hopSamples()) + 1;
    }

    /**
     * Streams one frame, in time order: looks for the onset of each peak that starts a track in it
     * ({@link #find} over the witnesses of the frames before), then keeps the frame's own witnesses —
     * its rejected ridges ({@link #isWitness}) — for the frames after. Not thread-safe: call it from the
     * one thread that feeds the tracker.
     */
    public void observe(List<Peak> started, List<Peak> witnesses) {
        if (!started.isEmpty()) {
            List<List<Peak>> earlier = new java.util.ArrayList<>(recent);
            for (Peak p : started) {
                Onset o = find(p, earlier);
                if (o != null) {
                    onsetByFirstPeak.put(p, o);
                }
            }
        }
        recent.addFirst(witnesses);
        if (recent.size() > recentFrames) {
            recent.removeLast();
        }
    }

    /** The onset {@link #observe} found for the track that started with this very peak object, or null. */
    public Onset onsetOf(Peak first) {
        return onsetByFirstPeak.get(first);
    }

    /** Whether a rejected ridge may witness an onset (it carries its spectrum value). */
    public boolean isWitness(Peak ridge) {
        return Double.isFinite(ridge.spectrumRe()) && Double.isFinite(ridge.timeSec());
    }

    /**
     * The onset of a partial whose first peak is {@code first}, from the witnesses of the frames just
     * before it ({@code earlier.get(0)} the frame before {@code first}'s, then further back; one list per
     * frame, empty if it had none), or null when the evidence is not clear. Not thread-safe (a scratch window).
     */
    public Onset find(Peak first, List<List<Peak>> earlier) {
        double fs = frames.sampleRateHz();
        double[] onsetSec = new double[earlier.size()];
        double[] amp = new double[earlier.size()];
        int found = 0;
        for (int j = 0; j < earlier.size(); j++) {
            Peak best = null;
            for (Peak w : earlier.get(j)) {
                if (w.frameIndex() == first.frameIndex() - 1 - j && Math.abs(w.freqHz() - first.freqHz()) < driftHz
                        && (best == null || Math.abs(w.freqHz() - first.freqHz()) < Math.abs(best.freqHz() - first.freqHz()))) {
                    best = w;
                }
            }
            if (best == null) {
                break; // the chain of straddling frames ends (before it: silence, or another sound)
            }
            double late = (best.timeSec() - best.frameTimeSec()) * fs;
            if (!(late > minLateSamples)) {
                continue; // a frame after the onset whose decay pulls t̂ back: no reading, but the chain goes on
            }
            double n0 = switchOnSample(late);
            if (Double.isNaN(n0)) {
                continue;
            }
            int start = (int) Math.ceil(n0);
            double coverage = start < h.length ? tail0[start] / tail0[0] : 0;
            if (coverage < MIN_COVERAGE || coverage > MAX_COVERAGE) {
                continue;
            }
            java.util.Arrays.fill(truncated, 0, start, 0.0);
            System.arraycopy(h, start, truncated, start, h.length - start);
            double nu = 2 * Math.PI * first.freqHz() / fs - frames.binOmega(best.bin());
            double[] g = new double[2];
            ChirpResponse.direct(truncated, centre, nu, 0, g);
            double a = frames.sinusoidScale() * Math.hypot(best.spectrumRe(), best.spectrumIm()) / Math.hypot(g[0], g[1]);
            if (a > 0 && Double.isFinite(a)) {
                onsetSec[found] = best.frameTimeSec() + (n0 - centre) / fs;
                amp[found] = a;
                found++;
            }
        }
        if (found == 0) {
            return null;
        }
        double t0 = median(onsetSec, found);
        double a0 = median(amp, found);
        if (!(t0 < first.timeSec() - 2 * FADE_SEC) || a0 > 2 * first.amp()) {
            return null;
        }
        return new Onset(t0, a0);
    }

    /**
     * Partials that start together are one event (a note, a pluck): a partial whose onset was read more
     * than {@link #FADE_SEC} before the event's is moved to it. The event's onset is the a²-weighted
     * median of the onsets within ±{@value #COMMON_ONSET_SEC} s. Only early readings move: a weak partial
     * beside louder ones that switch on with it reads early (their truncated transforms are wide and
     * reach its bin), and an early start is a pre-echo, heard before the sound; a late one is masked by it.
     *
     * @param onsets one per partial, null where none was found; replaced in place
     * @return how many were moved
     */
    public static int alignEarlyOnsets(Onset[] onsets) {
        int n = 0;
        for (Onset o : onsets) {
            if (o != null) {
                n++;
            }
        }
        Onset[] sorted = new Onset[n];
        int k = 0;
        for (Onset o : onsets) {
            if (o != null) {
                sorted[k++] = o;
            }
        }
        java.util.Arrays.sort(sorted, java.util.Comparator.comparingDouble(Onset::timeSec));
        int moved = 0;
        for (int i = 0; i < onsets.length; i++) {
            Onset o = onsets[i];
            if (o == null) {
                continue;
            }
            int lo = lowerBound(sorted, o.timeSec() - COMMON_ONSET_SEC);
            int hi = lowerBound(sorted, o.timeSec() + COMMON_ONSET_SEC + 1e-12);
            double total = 0;
            for (int j = lo; j < hi; j++) {
                total += sorted[j].amp() * sorted[j].amp();
            }
            double acc = 0;
            double event = o.timeSec();
            for (int j = lo; j < hi; j++) {
                acc += sorted[j].amp() * sorted[j].amp();
                if (acc >= 0.5 * total) {
                    event = sorted[j].timeSec();
                    break;
                }
            }
            if (o.timeSec() < event - FADE_SEC) {
                onsets[i] = new Onset(event, o.amp());
                moved++;
            }
        }
        return moved;
    }

    private static int lowerBound(Onset[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].timeSec() < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double median(double[] v, int n) {
        double[] s = java.util.Arrays.copyOf(v, n);
        java.util.Arrays.sort(s);
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /**
     * The window sample n₀ at which a steady sinusoid must switch on for the centroid of the covered
     * window to lie {@code lateSamples} after the centre (fractional; NaN if no n₀ gives it).
     */
    double switchOnSample(double lateSamples) {
        int lo = 0;
        while (lo < h.length && !(h[lo] > 0)) {
            lo++; // windows that end in zeros (symmetric Hann): no weight there, no centroid
        }
        int hi = h.length - 1;
        while (hi > lo && !(h[hi] > 0)) {
            hi--;
        }
        if (!(centroid(lo) <= lateSamples && lateSamples <= centroid(hi))) {
            return Double.NaN;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (centroid(mid) <= lateSamples) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double c0 = centroid(lo);
        double c1 = centroid(hi);
        return c1 > c0 ? lo + (lateSamples - c0) / (c1 - c0) : lo;
    }

    private double centroid(int i) {
        return tail0[i] > 0 ? tail1[i] / tail0[i] : Double.NaN;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "OnsetExtension[drift %.4g Hz, fade %.4g s]", driftHz, FADE_SEC);
    }
}
