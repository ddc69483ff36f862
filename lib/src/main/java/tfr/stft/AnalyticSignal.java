package tfr.stft;

/**
 * The analytic signal z = x + j·H{x}: the real signal with its negative frequencies removed.
 *
 * <p>Computed with one FFT of the whole signal, zero-padded to a power of two at least twice its
 * length (at least {@value #MIN_GUARD} samples more) so that the Hilbert transform's 1/n tails wrap
 * around onto silence rather than onto the other end of the signal. Near the signal's ends, z is
 * the analytic signal of the zero-extended x, as it should be.
 */
public final class AnalyticSignal {
    /** Minimum zero padding beyond the signal, samples. */
    public static final int MIN_GUARD = 65536;

    private AnalyticSignal() {
    }

    /** H{x}, the imaginary part of the analytic signal (the real part is x itself). */
    public static double[] hilbert(double[] x) {
        if (x == null) {
            throw new IllegalArgumentException("signal must not be null");
        }
        if (x.length == 0) {
            return new double[0];
        }
        long want = Math.max(2L * x.length, (long) x.length + MIN_GUARD);
        if (want > (1L << 30)) {
            throw new IllegalArgumentException("signal too long for the analytic signal model: " + x.length + " samples");
        }
        int size = FrameParams.nextPowerOfTwo((int) want);
        return Fft.hilbert(x, size);
    }
}
