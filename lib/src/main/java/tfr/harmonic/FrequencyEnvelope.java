package tfr.harmonic;

/**
 * A frequency as a function of time, Hz: the reference a {@link Channelizer} labels partials against
 * (Loris' reference envelope). {@link F0Envelope} (from an {@link F0Track}) and {@link #constant} are
 * the two sources here; a notebook may pass any lambda.
 *
 * <p>Contract: {@link #hzAt} returns a finite frequency &gt; 0, or NaN where there is no reference
 * (the Channelizer then ignores the breakpoints at those times).
 */
@FunctionalInterface
public interface FrequencyEnvelope {
    /** The reference frequency at {@code timeSec}, Hz (NaN where undefined). */
    double hzAt(double timeSec);

    /**
     * The same frequency at every time (Loris' {@code Channelizer(refFreq)}).
     *
     * @throws IllegalArgumentException unless {@code hz} is finite and &gt; 0
     */
    static FrequencyEnvelope constant(double hz) {
        if (!(hz > 0) || !Double.isFinite(hz)) {
            throw new IllegalArgumentException("hz must be finite and > 0, got " + hz);
        }
        return new FrequencyEnvelope() {
            @Override
            public double hzAt(double timeSec) {
                return hz;
            }

            @Override
            public String toString() {
                return "FrequencyEnvelope[constant " + hz + " Hz]";
            }
        };
    }
}
