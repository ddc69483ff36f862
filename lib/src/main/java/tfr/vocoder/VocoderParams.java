package tfr.vocoder;

import tfr.stft.EdgePolicy;
import tfr.stft.FrameParams;
import tfr.stft.SignalModel;
import tfr.window.Symmetry;
import tfr.window.WindowKind;
import tfr.window.WindowSpec;

/**
 * Parameters of the STFT phase vocoder ({@link PhaseVocoder}): the analysis framing and the phase
 * locking.
 *
 * <p>The framing is the library's ({@link FrameParams}): analysis frame m starts at
 * {@code m·Ha − ⌊c⌋} and is centred on sample {@code m·Ha} (c the window centre), its FFT is taken
 * with M = {@code frames.fftSize()} points, and the same window h is used again for synthesis.
 * The analysis hop Ha is {@code frames.hopSamples()}; the synthesis hop is Hs = Ha·stretch.
 *
 * <p>Requirements, checked here: centred frames (so sample 0 is covered by a window centre and the
 * overlap-add normalisation Σ h² never vanishes inside the signal), the real signal model (the
 * vocoder resynthesises a real signal), and a hop of at most N/2 (N = window length) so frames
 * overlap. Pitfalls: the classic choice is a Hann window with Ha ≤ N/4 — with a larger hop the
 * per-bin phase difference no longer determines the frequency across a main lobe (the deviation
 * (ω₀ − ω_k)·Ha exceeds π two bins from a Hann peak when Ha &gt; M/4), and the stretch is limited by
 * Hs ≤ N/2 ({@link #maxStretch()}).
 *
 * @param frames  analysis framing: window, hop Ha, FFT size M ≥ N, sample rate
 * @param locking phase locking ({@link PhaseLocking#PLAIN} by default)
 */
public record VocoderParams(FrameParams frames, PhaseLocking locking) {
    /** Default analysis window duration, s: about 46 ms (2048 samples at 44.1 kHz). */
    public static final double DEFAULT_WINDOW_SEC = 0.0464;
    /** Default overlap: hop = N / {@value}. */
    public static final int DEFAULT_OVERLAP = 8;

    public VocoderParams {
        if (frames == null) {
            throw new IllegalArgumentException("frames must not be null");
        }
        if (locking == null) {
            throw new IllegalArgumentException("locking must not be null (PhaseLocking.PLAIN or IDENTITY)");
        }
        if (frames.edges() != EdgePolicy.CENTRED) {
            throw new IllegalArgumentException("frames.edges must be CENTRED for the phase vocoder, got " + frames.edges());
        }
        if (frames.signal() != SignalModel.REAL) {
            throw new IllegalArgumentException("frames.signal must be REAL for the phase vocoder, got " + frames.signal());
        }
        int n = frames.window().lengthSamples();
        if (frames.hopSamples() > n / 2) {
            throw new IllegalArgumentException("hopSamples must be <= windowSamples/2 = " + n / 2 + ", got "
                    + frames.hopSamples());
        }
    }

    /** Plain phase vocoder on a periodic Hann window of {@code windowSamples}, FFT size = window length. */
    public static VocoderParams of(int windowSamples, int hopSamples, double sampleRateHz) {
        WindowSpec w = WindowSpec.of(WindowKind.HANN, windowSamples, Symmetry.PERIODIC);
        return new VocoderParams(new FrameParams(w, tfr.window.DerivativeMethod.ANALYTIC, hopSamples,
                windowSamples, EdgePolicy.CENTRED, sampleRateHz), PhaseLocking.PLAIN);
    }

    /**
     * Defaults at {@code sampleRateHz}: periodic Hann of the power of two nearest
     * {@value #DEFAULT_WINDOW_SEC} s (2048 samples at 44.1 or 48 kHz), hop N/{@value #DEFAULT_OVERLAP},
     * plain phases.
     */
    public static VocoderParams defaults(double sampleRateHz) {
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sampleRateHz must be finite and > 0, got " + sampleRateHz);
        }
        double target = DEFAULT_WINDOW_SEC * sampleRateHz;
        int n = (int) Math.max(16, Math.min(1 << 20, 1L << Math.round(Math.log(target) / Math.log(2))));
        return of(n, n / DEFAULT_OVERLAP, sampleRateHz);
    }

    /** This with another phase locking. */
    public VocoderParams withLocking(PhaseLocking l) {
        return new VocoderParams(frames, l);
    }

    /** This with another analysis hop, samples. */
    public VocoderParams withHopSamples(int hop) {
        return new VocoderParams(new FrameParams(frames.window(), frames.derivativeMethod(), hop, frames.fftSize(),
                frames.edges(), frames.sampleRateHz(), frames.signal()), locking);
    }

    /** Window length N, samples. */
    public int windowSamples() {
        return frames.window().lengthSamples();
    }

    /** Analysis hop Ha, samples. */
    public int analysisHopSamples() {
        return frames.hopSamples();
    }

    /** Sample rate, Hz. */
    public double sampleRateHz() {
        return frames.sampleRateHz();
    }

    /** The largest stretch ratio accepted: the synthesis hop Ha·stretch may reach N/2. */
    public double maxStretch() {
        return (windowSamples() / 2) / (double) analysisHopSamples();
    }

    /** The smallest stretch ratio accepted: the synthesis hop Ha·stretch must be at least 1 sample. */
    public double minStretch() {
        return 1.0 / analysisHopSamples();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "VocoderParams[%s %d samples (%.1f ms), hop %d samples (%.2f ms), FFT %d, %.0f Hz, %s phases, stretch %.4g..%.4g]",
                frames.window().kind().cliName(), windowSamples(), 1000.0 * windowSamples() / sampleRateHz(),
                analysisHopSamples(), 1000.0 * frames.hopSec(), frames.fftSize(), sampleRateHz(),
                locking.name().toLowerCase(), minStretch(), maxStretch());
    }
}
