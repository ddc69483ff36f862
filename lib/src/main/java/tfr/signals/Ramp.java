package tfr.signals;

/** The shape of an {@link Envelope}'s attack and release ramps. */
public enum Ramp {
    /** {@code rise(u) = (1 − cos πu)/2}: zero slope at both ends, so the gain is continuously differentiable. */
    RAISED_COSINE("raised_cosine"),
    /** {@code rise(u) = u}: continuous gain with slope jumps at the knots. */
    LINEAR("linear");

    private final String jsonName;

    Ramp(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name written in ground truth, e.g. {@code "raised_cosine"}. */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The rising ramp at fraction {@code u} of its length: 0 at {@code u = 0}, 1 at {@code u = 1}
     * (u is clamped to [0, 1]). A release uses {@code rise(1 − u)}.
     */
    public double rise(double u) {
        double v = Math.min(1.0, Math.max(0.0, u));
        return switch (this) {
            case RAISED_COSINE -> 0.5 * (1 - Math.cos(Math.PI * v));
            case LINEAR -> v;
        };
    }
}
