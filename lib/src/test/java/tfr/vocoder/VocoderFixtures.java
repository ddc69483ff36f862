package tfr.vocoder;

import java.util.Arrays;
import tfr.reassign.ReassignOrder;
import tfr.reassign.ReassignParams;
import tfr.reassign.ReassignedSpectrogram;
import tfr.reassign.Reassigner;
import tfr.stft.FrameParams;
import tfr.stft.SignalModel;
import tfr.window.WindowSpec;

/** Signals and measurements shared by the vocoder tests. */
final class VocoderFixtures {
    static final double FS = 44100;

    private VocoderFixtures() {
    }

    /**
     * A cosine burst: {@code leadSec} of silence, then {@code toneSec} of amplitude {@code amp} at
     * {@code freqHz} with 5 ms raised-cosine fades inside it, then {@code leadSec} of silence.
     */
    static double[] burst(double freqHz, double amp, double leadSec, double toneSec) {
        int lead = (int) Math.round(leadSec * FS);
        int tone = (int) Math.round(toneSec * FS);
        int fade = (int) Math.round(0.005 * FS);
        double[] x = new double[2 * lead + tone];
        for (int i = 0; i < tone; i++) {
            double g = 1;
            if (i < fade) {
                g = 0.5 - 0.5 * Math.cos(Math.PI * i / fade);
            } else if (i >= tone - fade) {
                g = 0.5 - 0.5 * Math.cos(Math.PI * (tone - 1 - i) / fade);
            }
            x[lead + i] = amp * g * Math.cos(2 * Math.PI * freqHz * i / FS + 0.3);
        }
        return x;
    }

    /**
     * Median reassigned frequency (Hz) of the loudest bin over the frames whose whole window lies in
     * [fromSec, toSec]: Hann 4096, hop 512, analytic signal (no negative-frequency image bias).
     */
    static double reassignedFreqHz(double[] y, double fromSec, double toSec) {
        FrameParams fp = FrameParams.of(WindowSpec.hann(4096), 512, FS).withSignal(SignalModel.ANALYTIC);
        ReassignedSpectrogram s = new Reassigner(new ReassignParams(fp, ReassignOrder.FIRST, -120)).compute(y);
        double half = 4096 / 2.0 / FS;
        double[] f = new double[s.frameCount()];
        int n = 0;
        for (int m = 0; m < s.frameCount(); m++) {
            double t = s.frameTimeSec(m);
            if (t - half >= fromSec && t + half <= toSec) {
                f[n++] = s.freqHz(m, s.peakBin(m));
            }
        }
        if (n == 0) {
            throw new IllegalStateException("no frame inside [" + fromSec + ", " + toSec + "]");
        }
        double[] g = Arrays.copyOf(f, n);
        Arrays.sort(g);
        return g[n / 2];
    }

    /**
     * First and last sample where the envelope (the largest |y| over the surrounding ±period/2 +1
     * samples) reaches half of {@code amp}; {-1, -1} if it never does.
     */
    static int[] halfAmplitudeExtent(double[] y, double amp, double freqHz) {
        int reach = (int) Math.ceil(FS / freqHz / 2) + 1;
        int first = -1;
        int last = -1;
        for (int i = 0; i < y.length; i++) {
            double e = 0;
            for (int j = Math.max(0, i - reach); j <= Math.min(y.length - 1, i + reach); j++) {
                e = Math.max(e, Math.abs(y[j]));
            }
            if (e >= amp / 2) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return new int[] {first, last};
    }

    /** Root-mean-square of {@code a − b} over [from, to) divided by the RMS of b there. */
    static double relativeRmsError(double[] a, double[] b, int from, int to) {
        double e = 0;
        double r = 0;
        for (int i = from; i < to; i++) {
            e += (a[i] - b[i]) * (a[i] - b[i]);
            r += b[i] * b[i];
        }
        return Math.sqrt(e / r);
    }

    /** Largest |a − b| over [from, to) divided by the largest |b| there. */
    static double relativeMaxError(double[] a, double[] b, int from, int to) {
        double e = 0;
        double r = 0;
        for (int i = from; i < to; i++) {
            e = Math.max(e, Math.abs(a[i] - b[i]));
            r = Math.max(r, Math.abs(b[i]));
        }
        return e / r;
    }
}
