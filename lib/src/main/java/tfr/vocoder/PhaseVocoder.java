package tfr.vocoder;

import tfr.stft.AnalyticSignal;
import tfr.stft.Fft;
import tfr.stft.FrameParams;
import tfr.stft.SignalModel;
import tfr.window.AuxiliaryWindows;

/**
 * The STFT phase vocoder (Flanagan &amp; Golden 1966; Portnoff 1976, 1981; Dolson 1986; Laroche
 * &amp; Dolson 1999): time stretching by re-spacing frames and re-integrating each bin's
 * instantaneous frequency, pitch shifting by stretching then resampling.
 *
 * <h2>Analysis</h2>
 * Frame m of {@link VocoderParams#frames()} is centred on sample m·Ha (start m·Ha − ⌊c⌋); its
 * spectrum {@code X_m[k] = Σ_n x[start_m + n]·h[n]·e^{−j2πkn/M}} has the phase φ_k(m) referenced to
 * the frame start. A steady tone at ω₀ advances it by ω₀·Ha per frame in every bin, so bin k's
 * instantaneous frequency is read from the deviation from the bin's own expected advance ω_k·Ha:
 * <pre>
 *   ω̂_k(m) = ω_k + princarg( φ_k(m) − φ_k(m−1) − ω_k·Ha ) / Ha        ω_k = 2πk/M rad/sample
 * </pre>
 * This is the frame-to-frame finite difference of ∂φ/∂t, i.e. the first-order limit of the
 * reassigned frequency ω̂ = ω − Im{X_dh X*}/|X|² (see {@link FramePairFrequency} and
 * {@link tfr.reassign.Reassigner}).
 *
 * <h2>Synthesis</h2>
 * Synthesis frame m is centred on s_m = round(m·Ha·stretch), so the synthesis hop
 * Hs_m = s_m − s_{m−1} is Ha·stretch on average (each hop is rounded to a sample; the ratio of
 * durations is exact to a sample). Phases are accumulated,
 * <pre>
 *   ψ_k(0) = φ_k(0),     ψ_k(m) = ψ_k(m−1) + ω̂_k(m)·Hs_m            ({@link PhaseLocking#PLAIN})
 *   ψ_k(m) = ψ_p(m) + φ_k(m) − φ_p(m)   for bins k in peak p's region ({@link PhaseLocking#IDENTITY})
 * </pre>
 * and each frame {@code Y_m = |X_m|·e^{jψ(m)}} is inverse-transformed, windowed again by h and
 * overlap-added; the sum is divided by {@code Σ_m h²[n − start_m]} over the synthesis frames
 * (weighted overlap-add, Griffin &amp; Lim 1984). At stretch 1 every ψ equals φ modulo 2π, every frame
 * returns its windowed segment, and the output is the input to round-off.
 *
 * <h2>Pitfalls</h2>
 * <ul>
 * <li>Phase increments ω_k·H are reduced modulo 2π in integer arithmetic (k·H mod M) so that the
 * accumulated phases of high bins keep full precision over long signals.</li>
 * <li>The principal value recovers a deviation only while |ω₀ − ω_k|·Ha &lt; π: with a Hann window
 * (main lobe ±2 bins) that needs Ha ≤ M/4. Larger hops alias the frequency estimate in the outer
 * bins of each main lobe.</li>
 * <li>Transients are smeared over the window and, once stretched, repeated with drifting phases
 * (pre-echo, "phasiness"): the vocoder knows frequencies per bin, not times within the frame.</li>
 * <li>The first and last half-window of the output see only partial overlap; they are normalised
 * like the rest (Σh² is computed, not assumed constant).</li>
 * </ul>
 *
 * <p>Thread-safe (all state is per call).
 */
public final class PhaseVocoder {
    private final VocoderParams params;
    private final Resampler resampler;
    private final double[] h;

    /** A vocoder with the default resampler ({@link ResamplerParams#defaults()}) for pitch shifts. */
    public PhaseVocoder(VocoderParams params) {
        this(params, ResamplerParams.defaults());
    }

    public PhaseVocoder(VocoderParams params, ResamplerParams resampling) {
        if (params == null) {
            throw new IllegalArgumentException("params must not be null");
        }
        if (resampling == null) {
            throw new IllegalArgumentException("resampling must not be null");
        }
        this.params = params;
        this.resampler = new Resampler(resampling);
        this.h = AuxiliaryWindows.window(params.frames().window());
    }

    public VocoderParams params() {
        return params;
    }

    /** The resampler used by {@link #pitchShift}. */
    public Resampler resampler() {
        return resampler;
    }

    /** Output length of {@link #stretch}: round(lengthSamples·stretchRatio). */
    public int stretchedLengthSamples(int lengthSamples, double stretchRatio) {
        checkStretch(stretchRatio, "stretchRatio");
        if (lengthSamples < 0) {
            throw new IllegalArgumentException("lengthSamples must be >= 0, got " + lengthSamples);
        }
        double n = Math.rint(lengthSamples * stretchRatio);
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("stretchRatio " + stretchRatio + " makes " + n + " samples, beyond the largest buffer");
        }
        return (int) n;
    }

    /**
     * {@code x} time-stretched by {@code stretchRatio} (1.5: 50 % longer) with frequencies kept;
     * the output has {@link #stretchedLengthSamples} samples.
     *
     * @throws IllegalArgumentException if the ratio is outside
     *         [{@link VocoderParams#minStretch()}, {@link VocoderParams#maxStretch()}] or x holds
     *         non-finite samples
     */
    public double[] stretch(double[] x, double stretchRatio) {
        checkSignal(x);
        int outLength = stretchedLengthSamples(x.length, stretchRatio);
        double[] out = new double[outLength];
        if (x.length == 0 || outLength == 0) {
            return out;
        }
        FrameParams fp = params.frames();
        int ha = fp.hopSamples();
        int n = h.length;
        int mSize = fp.fftSize();
        int bins = fp.binCount();
        long offset = (long) Math.floor(fp.window().centreSamples());
        double synthHop = ha * stretchRatio;
        int frames = fp.frameCount(x.length);
        while (Math.rint((frames - 1) * synthHop) < outLength - 1) {
            frames++;
        }
        double[] norm = new double[outLength];
        double[] segment = new double[n];
        double[] re = new double[bins];
        double[] im = new double[bins];
        double[] mag = new double[bins];
        double[] phase = new double[bins];
        double[] prevPhase = new double[bins];
        double[] synthPhase = new double[bins];
        double[] fullRe = new double[mSize];
        double[] fullIm = new double[mSize];
        boolean[] peak = new boolean[bins];
        Fft fft = new Fft(mSize);
        long prevCentre = 0;
        for (int m = 0; m < frames; m++) {
            long start = (long) m * ha - offset;
            copyWindowed(x, start, segment);
            fft.realForward(segment, re, im);
            for (int k = 0; k < bins; k++) {
                mag[k] = Math.hypot(re[k], im[k]);
                phase[k] = Math.atan2(im[k], re[k]);
            }
            long centre = (long) Math.rint(m * synthHop);
            if (m == 0) {
                System.arraycopy(phase, 0, synthPhase, 0, bins);
            } else {
                long hs = centre - prevCentre;
                boolean locked = params.locking() == PhaseLocking.IDENTITY && findPeaks(mag, peak) > 0;
                for (int k = 0; k < bins; k++) {
                    if (locked && !peak[k]) {
                        continue;
                    }
                    double expected = twoPiFraction((long) k * ha, mSize);
                    double deviation = principalArgument(phase[k] - prevPhase[k] - expected);
                    double advance = twoPiFraction((long) k * hs, mSize) + deviation * hs / ha;
                    synthPhase[k] = principalArgument(synthPhase[k] + advance);
                }
                if (locked) {
                    lockToPeaks(mag, phase, peak, synthPhase);
                }
            }
            System.arraycopy(phase, 0, prevPhase, 0, bins);
            prevCentre = centre;
            // inverse FFT of |X|·e^{jψ}, Hermitian-completed
            java.util.Arrays.fill(fullRe, 0.0);
            java.util.Arrays.fill(fullIm, 0.0);
            for (int k = 0; k < bins; k++) {
                double r = mag[k] * Math.cos(synthPhase[k]);
                double i = mag[k] * Math.sin(synthPhase[k]);
                fullRe[k] = r;
                fullIm[k] = i;
                if (k > 0 && mSize - k != k) {
                    fullRe[mSize - k] = r;
                    fullIm[mSize - k] = -i;
                }
            }
            fft.complexInverse(fullRe, fullIm);
            long outStart = centre - offset;
            for (int j = 0; j < n; j++) {
                long s = outStart + j;
                if (s < 0 || s >= outLength) {
                    continue;
                }
                out[(int) s] += h[j] * fullRe[j];
                norm[(int) s] += h[j] * h[j];
            }
        }
        double peakH = 0;
        for (double v : h) {
            peakH = Math.max(peakH, v * v);
        }
        double tiny = 1e-12 * peakH;
        for (int s = 0; s < outLength; s++) {
            out[s] = norm[s] > tiny ? out[s] / norm[s] : 0.0;
        }
        return out;
    }

    /**
     * {@code x} pitch-shifted by {@code pitchRatio} (1.2: every frequency × 1.2) with its length
     * kept: stretched by the ratio, then resampled by 1/ratio
     * ({@link Resampler#resample(double[], double, int)}) into exactly x.length samples. Content
     * that would land above 0.95 × Nyquist is removed by the resampler's low-pass.
     */
    public double[] pitchShift(double[] x, double pitchRatio) {
        checkStretch(pitchRatio, "pitchRatio");
        double[] stretched = stretch(x, pitchRatio);
        return resampler.resample(stretched, 1.0 / pitchRatio, x.length);
    }

    /**
     * The phase vocoder's per-bin instantaneous frequency between frames m − 1 and m of
     * {@code frames} (hop = frames.hopSamples(); frame −1 and frames past the end read zeros).
     * Works for the real and the analytic signal model.
     */
    public static FramePairFrequency instantaneousFrequency(double[] x, FrameParams frames, int m) {
        if (frames == null) {
            throw new IllegalArgumentException("frames must not be null");
        }
        return instantaneousFrequencyFromStart(x, frames, frames.frameStartSample(m - 1));
    }

    /**
     * The phase vocoder's per-bin instantaneous frequency between the frame starting at
     * {@code firstStartSample} and the one starting a hop later (see {@link FramePairFrequency}).
     * To centre the estimate on time T (samples), start at T − c − H/2 (c the window centre).
     */
    public static FramePairFrequency instantaneousFrequencyFromStart(double[] x, FrameParams frames, long firstStartSample) {
        if (frames == null) {
            throw new IllegalArgumentException("frames must not be null");
        }
        checkSignal(x);
        double[] win = AuxiliaryWindows.window(frames.window());
        double sumH = 0;
        for (double v : win) {
            sumH += v;
        }
        double[] y = frames.signal() == SignalModel.ANALYTIC ? AnalyticSignal.hilbert(x) : null;
        int bins = frames.binCount();
        int mSize = frames.fftSize();
        int hop = frames.hopSamples();
        Fft fft = new Fft(mSize);
        double[][] ph = new double[2][bins];
        double[][] mg = new double[2][bins];
        for (int f = 0; f < 2; f++) {
            long start = firstStartSample + (long) f * hop;
            double[] re = new double[mSize];
            double[] im = new double[mSize];
            double[] seg = new double[win.length];
            copyWindowed(x, start, seg, win);
            for (int j = 0; j < win.length; j++) {
                re[j % mSize] += seg[j];
            }
            if (y != null) {
                double[] segY = new double[win.length];
                copyWindowed(y, start, segY, win);
                for (int j = 0; j < win.length; j++) {
                    im[j % mSize] += segY[j];
                }
            }
            fft.complexForward(re, im);
            for (int k = 0; k < bins; k++) {
                ph[f][k] = Math.atan2(im[k], re[k]);
                mg[f][k] = Math.hypot(re[k], im[k]);
            }
        }
        double scale = frames.sinusoidScale() / sumH;
        double[] omega = new double[bins];
        double[] magnitude = new double[bins];
        for (int k = 0; k < bins; k++) {
            magnitude[k] = mg[1][k] * scale;
            omega[k] = mg[0][k] > 0 && mg[1][k] > 0
                    ? frequencyFromPhases(ph[0][k], ph[1][k], frames.binOmega(k), hop, twoPiFraction((long) k * hop, mSize))
                    : Double.NaN;
        }
        return new FramePairFrequency(frames, firstStartSample, omega, magnitude);
    }

    /**
     * The phase vocoder's frequency estimate of one bin from two frame-referenced phases a hop apart:
     * {@code ω_k + princarg(φ₂ − φ₁ − ω_k·H)/H}, rad/sample.
     *
     * @param earlierPhaseRad       φ₁, rad
     * @param laterPhaseRad         φ₂, rad
     * @param binOmegaRadPerSample  ω_k, rad/sample
     * @param hopSamples            H, samples (&gt; 0)
     */
    public static double frequencyFromPhases(double earlierPhaseRad, double laterPhaseRad, double binOmegaRadPerSample,
                                             double hopSamples) {
        if (!(hopSamples > 0) || !Double.isFinite(hopSamples)) {
            throw new IllegalArgumentException("hopSamples must be finite and > 0, got " + hopSamples);
        }
        return frequencyFromPhases(earlierPhaseRad, laterPhaseRad, binOmegaRadPerSample, hopSamples,
                binOmegaRadPerSample * hopSamples);
    }

    private static double frequencyFromPhases(double p1, double p2, double omegaK, double hop, double expectedAdvance) {
        return omegaK + principalArgument(p2 - p1 - expectedAdvance) / hop;
    }

    /** The principal value of an angle, in (−π, π]. */
    public static double principalArgument(double rad) {
        if (rad > -Math.PI && rad <= Math.PI) {
            return rad;
        }
        double w = rad - 2 * Math.PI * Math.floor((rad + Math.PI) / (2 * Math.PI));
        return w <= -Math.PI ? w + 2 * Math.PI : (w > Math.PI ? w - 2 * Math.PI : w);
    }

    /** 2π·(a mod M)/M: the phase a·2π/M reduced exactly in integers. */
    private static double twoPiFraction(long a, int mSize) {
        return 2 * Math.PI * Math.floorMod(a, (long) mSize) / mSize;
    }

    /**
     * Marks peaks (bins louder than both neighbours on each side, Laroche &amp; Dolson's rule) and
     * returns their number.
     */
    private static int findPeaks(double[] mag, boolean[] peak) {
        int bins = mag.length;
        int count = 0;
        for (int k = 0; k < bins; k++) {
            boolean p = mag[k] > 0;
            for (int d = -2; d <= 2 && p; d++) {
                int j = k + d;
                if (d != 0 && j >= 0 && j < bins && mag[j] >= mag[k]) {
                    p = false;
                }
            }
            peak[k] = p;
            if (p) {
                count++;
            }
        }
        return count;
    }

    /**
     * Sets every non-peak bin's phase from the peak whose region it lies in: ψ_k = ψ_p + φ_k − φ_p.
     * Regions meet at the quietest bin between two adjacent peaks (it joins the lower peak); bins
     * below the first peak and above the last belong to those peaks.
     */
    private static void lockToPeaks(double[] mag, double[] phase, boolean[] peak, double[] synthPhase) {
        int bins = mag.length;
        int[] peaks = new int[bins];
        int count = 0;
        for (int k = 0; k < bins; k++) {
            if (peak[k]) {
                peaks[count++] = k;
            }
        }
        int from = 0;
        for (int i = 0; i < count; i++) {
            int p = peaks[i];
            int to;
            if (i == count - 1) {
                to = bins - 1;
            } else {
                int next = peaks[i + 1];
                to = p + 1;
                for (int j = p + 1; j < next; j++) {
                    if (mag[j] < mag[to]) {
                        to = j;
                    }
                }
            }
            for (int j = from; j <= to; j++) {
                if (j != p) {
                    synthPhase[j] = principalArgument(synthPhase[p] + phase[j] - phase[p]);
                }
            }
            from = to + 1;
        }
    }

    private void copyWindowed(double[] x, long start, double[] into) {
        copyWindowed(x, start, into, h);
    }

    private static void copyWindowed(double[] x, long start, double[] into, double[] win) {
        for (int j = 0; j < win.length; j++) {
            long s = start + j;
            into[j] = (s >= 0 && s < x.length) ? x[(int) s] * win[j] : 0.0;
        }
    }

    private void checkStretch(double r, String name) {
        if (!Double.isFinite(r) || r < params.minStretch() || r > params.maxStretch()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s must be in [%.6g, %.6g] for hop %d and window %d (synthesis hop <= window/2), got %s",
                    name, params.minStretch(), params.maxStretch(), params.analysisHopSamples(),
                    params.windowSamples(), r));
        }
    }

    private static void checkSignal(double[] x) {
        if (x == null) {
            throw new IllegalArgumentException("signal must not be null");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("signal contains a non-finite sample (" + x[i] + ") at index " + i);
            }
        }
    }

    @Override
    public String toString() {
        return "PhaseVocoder[" + params + ", " + resampler.params() + "]";
    }
}
