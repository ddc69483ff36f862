package tfr.window;

/**
 * The window families TFR Lab builds. Cosine-sum windows are
 * {@code h(n) = Σ_k (−1)^k a_k cos(2πkn/P)} with period {@code P} ({@link Symmetry}); their
 * derivatives follow term by term. {@link #GAUSSIAN} takes a spread σ (samples) and
 * {@link #KAISER} a shape β.
 */
public enum WindowKind {
    /** Hann (raised cosine): a = {0.5, 0.5}; first sidelobe −31.5 dB, reaches zero at its ends. */
    HANN("hann", 0.5, 0.5),
    /** Hamming: a = {0.54, 0.46}; −43 dB sidelobes, ends at 0.08 (not zero). */
    HAMMING("hamming", 0.54, 0.46),
    /** Classic Blackman: a = {0.42, 0.5, 0.08}; −58 dB sidelobes. */
    BLACKMAN("blackman", 0.42, 0.5, 0.08),
    /** 4-term Blackman–Harris (minimum sidelobe): −92 dB sidelobes, ends at 6e-5. */
    BLACKMAN_HARRIS("blackman-harris", 0.35875, 0.48829, 0.14128, 0.01168),
    /** Gaussian {@code exp(−(n−c)²/(2σ²))}, truncated at the window's ends: never reaches zero. */
    GAUSSIAN("gaussian"),
    /** Kaiser {@code I₀(β√(1−K²))/I₀(β)}, {@code K = (n−c)/(P/2)}. */
    KAISER("kaiser");

    private final String cliName;
    private final double[] cosineCoefficients;

    WindowKind(String cliName, double... cosineCoefficients) {
        this.cliName = cliName;
        this.cosineCoefficients = cosineCoefficients;
    }

    /** The name used on the command line and in files, e.g. {@code blackman-harris}. */
    public String cliName() {
        return cliName;
    }

    /** Whether this is a cosine-sum window (closed-form derivatives term by term). */
    public boolean isCosineSum() {
        return cosineCoefficients.length > 0;
    }

    /** The cosine-sum coefficients {@code a_k} (a copy; empty for Gaussian and Kaiser). */
    public double[] cosineCoefficients() {
        return cosineCoefficients.clone();
    }

    /** Parses a CLI name such as {@code hann} or {@code blackman-harris} (case-insensitive). */
    public static WindowKind parse(String name) {
        for (WindowKind k : values()) {
            if (k.cliName.equalsIgnoreCase(name) || k.name().equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown window '" + name
                + "' (choose hann, hamming, blackman, blackman-harris, gaussian, kaiser)");
    }
}
