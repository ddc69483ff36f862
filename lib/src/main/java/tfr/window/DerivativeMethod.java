package tfr.window;

/**
 * How the derivative windows {@code h′} and {@code h″} are built.
 *
 * <ul>
 * <li>{@link #ANALYTIC} (default): closed forms — cosine sums term by term, Gaussian
 * {@code h′ = −(n−c)/σ²·h}, Kaiser through I₁ and I₂. Exact derivatives of the continuous window.</li>
 * <li>{@link #SPECTRAL}: {@code h′ = IDFT{ jω·DFT{h} }} over one period P of the window: the
 * derivative of the window's periodic extension. For cosine sums that is their smooth closed form;
 * but a window cut off while non-zero (Hamming, Gaussian, Kaiser, any periodic window) gets none of
 * the steps at its ends, so ω̂ is biased (a Hamming tone by 17.6 Hz at N = 511; Gaussian σ = N/6 by
 * 3 Hz), and Gaussian and Kaiser windows also ring (Gibbs). Kept as the textbook method and a
 * teaching counterexample; {@link #ANALYTIC} is the one to use.</li>
 * <li>{@link #CENTRAL_DIFFERENCE}: {@code h′[n] = (h[n+1] − h[n−1])/2} and
 * {@code h″[n] = h[n+1] − 2h[n] + h[n−1]} on the zero-extended window, over the full N+2 samples
 * (the two extra taps catch the steps at the ends; dropping them biased a Kaiser-9 tone
 * estimate by ~6e-3 Hz). Cheap, but a second-order approximation: O(ω²/6) relative error.</li>
 * </ul>
 */
public enum DerivativeMethod {
    ANALYTIC,
    SPECTRAL,
    CENTRAL_DIFFERENCE;

    /** Parses {@code analytic}, {@code spectral} or {@code central-difference} (case-insensitive). */
    public static DerivativeMethod parse(String name) {
        for (DerivativeMethod m : values()) {
            if (m.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown derivative method '" + name
                + "' (choose analytic, spectral or central-difference)");
    }
}
