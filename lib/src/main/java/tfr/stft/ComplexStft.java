package tfr.stft;

import tfr.window.AuxWindow;
import tfr.window.AuxiliaryWindows;

/**
 * A dense complex STFT of one window: {@code re[m][k] + j·im[m][k]} for frames m and bins
 * k = 0..M/2, with the phase reference it was computed with. For teaching and short signals; long
 * signals go through {@link FramePipeline} without holding every frame.
 */
public final class ComplexStft {
    private final FrameParams params;
    private final PhaseReference reference;
    private final double[][] re;
    private final double[][] im;

    private ComplexStft(FrameParams params, PhaseReference reference, double[][] re, double[][] im) {
        this.params = params;
        this.reference = reference;
        this.re = re;
        this.im = im;
    }

    /** The STFT of {@code x} with window h. */
    public static ComplexStft of(double[] x, FrameParams params, PhaseReference reference) {
        return of(x, params, reference, AuxWindow.H)[0];
    }

    /**
     * The STFTs of {@code x} with several of the auxiliary windows over the same frames, in one pass.
     *
     * @return one ComplexStft per requested window, in order
     */
    public static ComplexStft[] of(double[] x, FrameParams params, PhaseReference reference, AuxWindow... which) {
        if (x == null) {
            throw new IllegalArgumentException("signal must not be null");
        }
        AuxiliaryWindows aux = params.auxiliaryWindows();
        int frames = params.frameCount(x.length);
        int bins = params.binCount();
        int w = which.length;
        double[][][] re = new double[w][frames][bins];
        double[][][] im = new double[w][frames][bins];
        double[] y = params.signal() == SignalModel.ANALYTIC ? AnalyticSignal.hilbert(x) : null;
        FramePipeline<MultiStft> pipeline = FramePipeline.allCores();
        pipeline.run(frames, () -> new MultiStft(params, aux, which), (engine, first, count) -> {
            double[][] r = new double[w][];
            double[][] i = new double[w][];
            for (int m = first; m < first + count; m++) {
                for (int j = 0; j < w; j++) {
                    r[j] = re[j][m];
                    i[j] = im[j][m];
                }
                engine.frame(x, y, m, r, i);
                for (int j = 0; j < w; j++) {
                    engine.rotate(m, reference, r[j], i[j]);
                }
            }
        }, (engine, first, count) -> { }, null);
        ComplexStft[] out = new ComplexStft[w];
        for (int j = 0; j < w; j++) {
            out[j] = new ComplexStft(params, reference, re[j], im[j]);
        }
        return out;
    }

    public FrameParams params() {
        return params;
    }

    public PhaseReference reference() {
        return reference;
    }

    public int frameCount() {
        return re.length;
    }

    public int binCount() {
        return params.binCount();
    }

    /** Real part of bin k in frame m. */
    public double re(int m, int k) {
        return re[m][k];
    }

    /** Imaginary part of bin k in frame m. */
    public double im(int m, int k) {
        return im[m][k];
    }

    /** |X| of bin k in frame m. */
    public double magnitude(int m, int k) {
        return Math.hypot(re[m][k], im[m][k]);
    }

    /** arg X of bin k in frame m, radians in (−π, π]. */
    public double phaseRad(int m, int k) {
        return Math.atan2(im[m][k], re[m][k]);
    }

    /** Frame m's real parts (a copy). */
    public double[] reFrame(int m) {
        return re[m].clone();
    }

    /** Frame m's imaginary parts (a copy). */
    public double[] imFrame(int m) {
        return im[m].clone();
    }

    /** |X|² over all frames and bins, [frame][bin] (a new array). */
    public double[][] power() {
        double[][] p = new double[re.length][params.binCount()];
        for (int m = 0; m < re.length; m++) {
            for (int k = 0; k < p[m].length; k++) {
                p[m][k] = re[m][k] * re[m][k] + im[m][k] * im[m][k];
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return "ComplexStft[" + re.length + " frames x " + params.binCount() + " bins, phase ref "
                + reference.name().toLowerCase() + ", " + params + "]";
    }
}
