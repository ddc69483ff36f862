package tfr.harmonic;

import java.util.Locale;

/**
 * How the {@link Distiller}, {@link Sieve} and {@link Collator} join pieces of partials that follow
 * one another in time (Loris' {@code partialFadeTime} and {@code partialSilentTime}).
 *
 * <p>A joined partial fades out {@code fadeSec} after the last breakpoint of the earlier piece, stays
 * silent, and fades in {@code fadeSec} before the first breakpoint of the later one: two
 * zero-amplitude "null" breakpoints are inserted at the piece's own frequency with the phase carried
 * linearly ({@code φ ± 2π·f·fadeSec}), exactly the fade the {@link tfr.synth.Synthesizer} renders at a
 * partial's free end (and the end points {@link tfr.analysis.Analyzer} already writes). Two pieces can
 * therefore be joined only if the gap between them is at least
 * <pre>
 *   clearanceSec = 2·fadeSec + silentSec
 * </pre>
 * and "overlap" in this package means "closer than the clearance". Pitfall: with a fade shorter than
 * the synthesizer's ({@link tfr.synth.SynthParams#fadeSec}), a piece rendered alone and the same
 * piece inside a joined partial differ over the fades; keep the two equal (both 1 ms by default).
 *
 * @param fadeSec   fade time at the ends of joined pieces, s (finite, &gt; 0; Loris: 1 ms)
 * @param silentSec minimum silence between the fade-out and the next fade-in, s (finite, &gt; 0; Loris: 1 ms)
 */
public record JoinParams(double fadeSec, double silentSec) {
    /** The default fade: the synthesizer's, 1 ms. */
    public static final double DEFAULT_FADE_SEC = tfr.synth.SynthParams.DEFAULT_FADE_SEC;
    /** The default silence between fades: 1 ms (Loris). */
    public static final double DEFAULT_SILENT_SEC = 0.001;

    public JoinParams {
        if (!(fadeSec > 0) || !Double.isFinite(fadeSec)) {
            throw new IllegalArgumentException("fadeSec must be finite and > 0, got " + fadeSec);
        }
        if (!(silentSec > 0) || !Double.isFinite(silentSec)) {
            throw new IllegalArgumentException("silentSec must be finite and > 0, got " + silentSec);
        }
    }

    /** 1 ms fades, 1 ms silence. */
    public static JoinParams defaults() {
        return new JoinParams(DEFAULT_FADE_SEC, DEFAULT_SILENT_SEC);
    }

    public JoinParams withFadeSec(double s) {
        return new JoinParams(s, silentSec);
    }

    public JoinParams withSilentSec(double s) {
        return new JoinParams(fadeSec, s);
    }

    /** {@code 2·fadeSec + silentSec}: the smallest gap across which two pieces may be joined, s. */
    public double clearanceSec() {
        return 2 * fadeSec + silentSec;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "JoinParams[fade %.4g ms, silent %.4g ms, clearance %.4g ms]",
                fadeSec * 1e3, silentSec * 1e3, clearanceSec() * 1e3);
    }
}
