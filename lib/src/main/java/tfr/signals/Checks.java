package tfr.signals;

/** Argument checks producing one-line messages that name the parameter. */
final class Checks {
    private Checks() {
    }

    static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    static double finiteNonNegative(double value, String name) {
        if (!(Double.isFinite(value) && value >= 0)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    static double finitePositive(double value, String name) {
        if (!(Double.isFinite(value) && value > 0)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    static double sampleRate(double sampleRateHz) {
        return finitePositive(sampleRateHz, "sampleRateHz");
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** Requires {@code freqHz < sampleRateHz / 2}; {@code name} says which frequency it is. */
    static void belowNyquist(double freqHz, String name, double sampleRateHz) {
        double nyquistHz = sampleRateHz / 2;
        if (!(freqHz < nyquistHz)) {
            throw new IllegalArgumentException(name + " must be below the Nyquist frequency sampleRateHz/2 = "
                    + nyquistHz + " Hz, got " + freqHz + " Hz");
        }
    }

    static void notNull(double[] out) {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
    }
}
