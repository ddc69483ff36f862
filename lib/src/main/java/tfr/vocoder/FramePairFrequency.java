package tfr.vocoder;

import tfr.stft.FrameParams;

/**
 * The phase vocoder's per-bin instantaneous-frequency estimate from one pair of frames
 * (see {@link PhaseVocoder#instantaneousFrequency(double[], FrameParams, long)}):
 * <pre>
 *   ω̂_k = ω_k + princarg(φ_k(t₂) − φ_k(t₁) − ω_k·H) / H      (rad/sample),  H = t₂ − t₁ = hop
 * </pre>
 * with φ the frame-referenced STFT phase and princarg the principal value in (−π, π]. Written with
 * the origin-referenced phase φ°(t, ω) = φ(t, ω) − ω·t this is ω + Δφ°/H: a finite difference of
 * ∂φ°/∂t, whose exact value is the reassigned frequency ω̂ = ω + ∂φ°/∂t (Flanagan &amp; Golden
 * 1966; Fitz &amp; Fulop 2009). The difference quotient is exact at the midpoint of the two frames
 * for a phase quadratic in t and first-order accurate (error ∝ H·∂²φ°/∂t²) at either frame.
 *
 * <p>Pitfall: the principal value can only recover deviations |ω₀ − ω_k|·H &lt; π. A component at
 * ω₀ is read correctly in bin k only if |ω₀ − ω_k| &lt; π/H; beyond that the estimate aliases by
 * multiples of 2π/H.
 *
 * @param frames             the framing (window, hop H, FFT size, sample rate, signal model)
 * @param firstStartSample   first sample of the earlier frame (the later one starts H later)
 * @param omegaRadPerSample  ω̂_k for bins k = 0..M/2, rad/sample (NaN where either frame's bin is 0)
 * @param magnitude          the later frame's magnitudes on the sinusoid scale (a sinusoid of
 *                           amplitude A reads about A at its peak bin)
 */
public record FramePairFrequency(FrameParams frames, long firstStartSample, double[] omegaRadPerSample,
                                 double[] magnitude) {
    public FramePairFrequency {
        if (frames == null) {
            throw new IllegalArgumentException("frames must not be null");
        }
        if (omegaRadPerSample == null || magnitude == null) {
            throw new IllegalArgumentException("omegaRadPerSample and magnitude must not be null");
        }
        if (omegaRadPerSample.length != frames.binCount() || magnitude.length != frames.binCount()) {
            throw new IllegalArgumentException("omegaRadPerSample and magnitude must have frames.binCount() = "
                    + frames.binCount() + " entries, got " + omegaRadPerSample.length + " and " + magnitude.length);
        }
        omegaRadPerSample = omegaRadPerSample.clone();
        magnitude = magnitude.clone();
    }

    /** ω̂ of every bin, rad/sample (a copy). */
    @Override
    public double[] omegaRadPerSample() {
        return omegaRadPerSample.clone();
    }

    /** The later frame's magnitudes, sinusoid scale (a copy). */
    @Override
    public double[] magnitude() {
        return magnitude.clone();
    }

    /** Number of bins, M/2 + 1. */
    public int binCount() {
        return omegaRadPerSample.length;
    }

    /** The hop H between the two frames, samples. */
    public int hopSamples() {
        return frames.hopSamples();
    }

    /** ω̂ of bin k, rad/sample. */
    public double omegaRadPerSample(int k) {
        return omegaRadPerSample[k];
    }

    /** ω̂ of bin k, Hz. */
    public double freqHz(int k) {
        return omegaRadPerSample[k] * frames.sampleRateHz() / (2 * Math.PI);
    }

    /** The later frame's magnitude at bin k (sinusoid scale). */
    public double magnitude(int k) {
        return magnitude[k];
    }

    /** Centre time of the earlier frame, samples. */
    public double firstTimeSamples() {
        return firstStartSample + frames.window().centreSamples();
    }

    /** Centre time of the later frame, samples. */
    public double secondTimeSamples() {
        return firstTimeSamples() + frames.hopSamples();
    }

    /** The midpoint of the two frame centres, samples: where the difference quotient is centred. */
    public double midTimeSamples() {
        return firstTimeSamples() + frames.hopSamples() / 2.0;
    }

    /** The midpoint of the two frame centres, s. */
    public double midTimeSec() {
        return midTimeSamples() / frames.sampleRateHz();
    }

    /** The bin of largest magnitude (in the later frame), ignoring DC and Nyquist. */
    public int peakBin() {
        int best = 1;
        for (int k = 1; k < magnitude.length - 1; k++) {
            if (magnitude[k] > magnitude[best]) {
                best = k;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "FramePairFrequency[%d bins, frames centred at %.1f and %.1f samples (hop %d), peak bin %d at %.4f Hz, %s]",
                binCount(), firstTimeSamples(), secondTimeSamples(), hopSamples(), peakBin(), freqHz(peakBin()), frames);
    }
}
