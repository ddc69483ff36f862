package tfr.window;

/**
 * What window to build: family, length, symmetry and the family's shape parameter.
 *
 * @param kind          the family
 * @param lengthSamples N, the number of samples (≥ {@value #MIN_LENGTH})
 * @param symmetry      symmetric ({@code P = N−1}) or periodic ({@code P = N})
 * @param shape         Gaussian: σ in samples (&gt; 0); Kaiser: β (≥ 0); ignored (NaN) otherwise
 */
public record WindowSpec(WindowKind kind, int lengthSamples, Symmetry symmetry, double shape) {
    /** Shortest window accepted: the auxiliary windows and their centre need a few samples. */
    public static final int MIN_LENGTH = 4;
    /** Default Kaiser β: 9, highest sidelobe about −66 dB (inverse of {@link #kaiserBetaForSidelobeDb}). */
    public static final double DEFAULT_KAISER_BETA = 9.0;
    /** Default Gaussian σ as a fraction of the length: N/6, so the ends (±3σ) sit at e^{−4.5} ≈ −39 dB. */
    public static final double DEFAULT_GAUSSIAN_SIGMA_FRACTION = 1.0 / 6.0;

    public WindowSpec {
        if (kind == null) {
            throw new IllegalArgumentException("window kind must not be null");
        }
        if (symmetry == null) {
            throw new IllegalArgumentException("window symmetry must not be null");
        }
        if (lengthSamples < MIN_LENGTH) {
            throw new IllegalArgumentException("windowSamples must be >= " + MIN_LENGTH + ", got " + lengthSamples);
        }
        switch (kind) {
            case GAUSSIAN -> {
                if (!(shape > 0) || !Double.isFinite(shape)) {
                    throw new IllegalArgumentException("gaussian sigma must be finite and > 0 samples, got " + shape);
                }
            }
            case KAISER -> {
                if (!(shape >= 0) || !Double.isFinite(shape) || shape > 700) {
                    throw new IllegalArgumentException("kaiserBeta must be finite and in [0, 700], got " + shape);
                }
            }
            default -> shape = Double.NaN;
        }
    }

    /** A symmetric window of the given family with its default shape (Kaiser β = 9, Gaussian σ = N/6). */
    public static WindowSpec of(WindowKind kind, int lengthSamples) {
        return of(kind, lengthSamples, Symmetry.SYMMETRIC);
    }

    /** A window of the given family and symmetry with its default shape. */
    public static WindowSpec of(WindowKind kind, int lengthSamples, Symmetry symmetry) {
        double shape = switch (kind) {
            case GAUSSIAN -> lengthSamples * DEFAULT_GAUSSIAN_SIGMA_FRACTION;
            case KAISER -> DEFAULT_KAISER_BETA;
            default -> Double.NaN;
        };
        return new WindowSpec(kind, lengthSamples, symmetry, shape);
    }

    /** Symmetric Hann window. */
    public static WindowSpec hann(int lengthSamples) {
        return of(WindowKind.HANN, lengthSamples);
    }

    /** Symmetric Kaiser window with shape β. */
    public static WindowSpec kaiser(int lengthSamples, double beta) {
        return new WindowSpec(WindowKind.KAISER, lengthSamples, Symmetry.SYMMETRIC, beta);
    }

    /** Symmetric Gaussian window with spread σ in samples. */
    public static WindowSpec gaussian(int lengthSamples, double sigmaSamples) {
        return new WindowSpec(WindowKind.GAUSSIAN, lengthSamples, Symmetry.SYMMETRIC, sigmaSamples);
    }

    /** This spec with another symmetry. */
    public WindowSpec withSymmetry(Symmetry s) {
        return new WindowSpec(kind, lengthSamples, s, kind == WindowKind.GAUSSIAN || kind == WindowKind.KAISER ? shape : Double.NaN);
    }

    /** The period P the window is sampled from: N − 1 (symmetric) or N (periodic). */
    public int periodSamples() {
        return symmetry == Symmetry.SYMMETRIC ? lengthSamples - 1 : lengthSamples;
    }

    /** The centre c = P/2 (samples from the first sample): the window's axis of symmetry. */
    public double centreSamples() {
        return periodSamples() / 2.0;
    }

    /**
     * Kaiser β giving a highest sidelobe {@code sidelobeDb} dB below the main lobe (Kaiser and
     * Schafer's empirical fit, 1980): β = 0 below 13.26 dB; 0.76609(A−13.26)^0.4 + 0.09834(A−13.26)
     * up to 60 dB; 0.12438(A + 6.3) above (the form Loris uses). Valid to about 120 dB.
     */
    public static double kaiserBetaForSidelobeDb(double sidelobeDb) {
        if (!Double.isFinite(sidelobeDb) || sidelobeDb <= 0 || sidelobeDb > 200) {
            throw new IllegalArgumentException("sidelobeDb must be in (0, 200], got " + sidelobeDb);
        }
        double a = sidelobeDb;
        if (a <= 13.26) {
            return 0.0;
        }
        if (a <= 60) {
            return 0.76609 * Math.pow(a - 13.26, 0.4) + 0.09834 * (a - 13.26);
        }
        return 0.12438 * (a + 6.3);
    }

    @Override
    public String toString() {
        String s = kind.cliName() + " " + lengthSamples + " samples " + symmetry.name().toLowerCase();
        if (kind == WindowKind.GAUSSIAN) {
            s += ", sigma " + shape + " samples";
        } else if (kind == WindowKind.KAISER) {
            s += ", beta " + shape;
        }
        return "WindowSpec[" + s + "]";
    }
}
