package tfr.synth;

import tfr.model.PartialSet;

/**
 * A resynthesis and its null test: {@code residual = x − resynthesis}, exactly (sample by sample, in
 * double precision), and the signal-to-residual ratios that say how much of the sound the partials
 * explain.
 *
 * <pre>
 *   SNR = 10·log10( Σ x² / Σ (x − y)² )   dB
 * </pre>
 * over the whole signal, and over the interior [margin, L − margin) — the project reports both, because
 * the first and last frames are cut by the signal's ends (Loris' harmonic tone: 48 dB interior, 23 dB
 * whole).
 *
 * @param resynthesis    y, the rendered partials (length L)
 * @param residual       x − y
 * @param snrDb          whole-signal SNR, dB (+∞ for a perfect null, NaN for a silent input)
 * @param interiorSnrDb  SNR over [margin, L − margin), dB (NaN if that range is empty)
 * @param marginSamples  the margin excluded at each end for the interior SNR
 */
public record Resynthesis(double[] resynthesis, double[] residual, double snrDb, double interiorSnrDb, int marginSamples) {
    public Resynthesis {
        if (resynthesis == null || residual == null || resynthesis.length != residual.length) {
            throw new IllegalArgumentException("resynthesis and residual must be non-null and of equal length");
        }
        if (marginSamples < 0) {
            throw new IllegalArgumentException("marginSamples must be >= 0, got " + marginSamples);
        }
    }

    /**
     * Renders {@code set} over the length of {@code x} and forms the residual.
     *
     * @param marginSamples excluded at each end for the interior SNR (the project uses one window length)
     */
    public static Resynthesis of(double[] x, PartialSet set, Synthesizer synth, int marginSamples) {
        if (x == null || set == null || synth == null) {
            throw new IllegalArgumentException("signal, partials and synthesizer must not be null");
        }
        double[] y = synth.render(set, x.length);
        double[] r = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            r[n] = x[n] - y[n];
        }
        return new Resynthesis(y, r, snrDb(x, r, 0, x.length), snrDb(x, r, marginSamples, x.length - marginSamples),
                marginSamples);
    }

    /** 10·log10(Σ x² / Σ r²) over [from, to), dB; NaN for an empty range or a silent x. */
    public static double snrDb(double[] x, double[] residual, int from, int to) {
        if (from >= to) {
            return Double.NaN;
        }
        double s = 0;
        double e = 0;
        for (int n = Math.max(0, from); n < Math.min(x.length, to); n++) {
            s += x[n] * x[n];
            e += residual[n] * residual[n];
        }
        if (s == 0) {
            return Double.NaN;
        }
        return e == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(s / e);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Resynthesis[%d samples, SNR %.2f dB whole, %.2f dB interior (margin %d)]",
                resynthesis.length, snrDb, interiorSnrDb, marginSamples);
    }
}
