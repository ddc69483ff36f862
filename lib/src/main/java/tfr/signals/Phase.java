package tfr.signals;

/** Phase helpers shared by the tonal components. */
final class Phase {
    static final double TWO_PI = 2 * Math.PI;

    private Phase() {
    }

    /** Wraps radians to [−π, π]. */
    static double wrap(double phaseRad) {
        return Math.IEEEremainder(phaseRad, TWO_PI);
    }

    /** The phase {@code 2π·frac(cycles) + phaseRad}, wrapped to [−π, π]. */
    static double fromCycles(double cycleFraction, double phaseRad) {
        return wrap(TWO_PI * cycleFraction + phaseRad);
    }

    /** {@code x − floor(x)}: exact for any finite double. */
    static double fraction(double cycles) {
        return cycles - Math.floor(cycles);
    }

    /** Time of sample {@code n}: {@code n / sampleRateHz}. */
    static double timeSec(int n, double sampleRateHz) {
        return n / sampleRateHz;
    }
}
