package tfr.reassign;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import tfr.stft.FrameParams;
import tfr.stft.FramePipeline;
import tfr.stft.AnalyticSignal;
import tfr.stft.MultiStft;
import tfr.stft.SignalModel;
import tfr.window.AuxWindow;
import tfr.window.AuxiliaryWindows;

/**
 * Time-frequency reassignment by the auxiliary-STFT method (Auger &amp; Flandrin 1995; Fitz &amp;
 * Fulop 2009): each spectrogram cell's energy is moved from its frame time t and bin frequency ω
 * to the centre of gravity of the energy it received.
 *
 * <h2>Convention (proved by the tests: an impulse lands on its sample, a tone on its frequency)</h2>
 * Frames are {@code X(t, ω) = Σ_s x[s]·h[s − t]·e^{−jωs}} with t the frame's centre sample (see
 * {@link FrameParams}), {@code th[n] = (n − c)·h[n]}, {@code dh = h′}, {@code tdh = (n − c)·h′},
 * {@code d2h = h″}. Then, with φ the origin-referenced phase,
 * <pre>
 *   t̂ = t + Re{ X_th · X* } / |X|²           = −∂φ/∂ω        (group delay; samples)
 *   ω̂ = ω − Im{ X_dh · X* } / |X|²           = ω + ∂φ/∂t     (instantaneous frequency; rad/sample)
 *   φ_tω = Re{ X_tdh / X } − Re{ X_th·X_dh / X² }
 *   M = |1 + φ_tω| = |∂ω̂/∂ω|                 convergence: 0 sinusoid, 1 impulse
 *   φ_tt = Im{ X_d2h / X } − Im{ (X_dh / X)² } = ∂ω̂/∂t
 *   α̂ = −φ_tt / φ_tω = (∂ω̂/∂t)/(∂t̂/∂t)      chirp rate (rad/sample²)
 * </pre>
 * Checks: an impulse at s₀ has X_th/X = s₀ − t in every bin (t̂ = s₀); a tone e^{jω₀s} has
 * X_dh/X = j(ω − ω₀) (ω̂ = ω₀). Pitfalls: papers that write the window as h(t − s) flip both signs;
 * using them with this framing mirrors every point about the frame centre and the bin centre.
 * All quantities are ratios of STFTs over the same frame, so the phase reference of the FFT does not
 * matter, but the frame time t must be the same point c about which th is ramped.
 *
 * <p>Real signals carry a negative-frequency image that biases ω̂ slightly (window-dependent; see
 * {@link SignalModel}); {@link SignalModel#ANALYTIC} removes it.
 *
 * <p>Magnitudes are on the sinusoid scale {@code 2|X|/Σh} ({@code |Z|/Σh} for the analytic signal); amplitudes also divide out the window's
 * response at the offset ω − ω̂ (scalloping), inside the main lobe only. Cells whose magnitude is
 * below the floor, zero, or whose coordinates are not finite are invalid.
 *
 * <p>Thread-safe: whole-signal calls build their own engines; single-frame calls share one engine and
 * take turns. Long signals are streamed in bounded memory.
 */
public final class Reassigner {
    /** Receives reassigned frames in frame order; the frame is a reused buffer valid during the call. */
    @FunctionalInterface
    public interface FrameSink {
        void accept(ReassignedFrame frame);
    }

    private final ReassignParams params;
    private final FrameParams frames;
    private final AuxiliaryWindows aux;
    private final AuxWindow[] roles;
    private final double floorPower;
    private final double magnitudeScale;
    private final int threads;

    /** A reassigner using all available processors. */
    public Reassigner(ReassignParams params) {
        this(params, Runtime.getRuntime().availableProcessors());
    }

    /** A reassigner using {@code threads} worker threads (1 computes on the calling thread). */
    public Reassigner(ReassignParams params, int threads) {
        if (params == null) {
            throw new IllegalArgumentException("params must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.params = params;
        this.frames = params.frames();
        this.aux = frames.auxiliaryWindows();
        this.roles = params.order() == ReassignOrder.FIRST
                ? new AuxWindow[] {AuxWindow.H, AuxWindow.TH, AuxWindow.DH}
                : new AuxWindow[] {AuxWindow.H, AuxWindow.TH, AuxWindow.DH, AuxWindow.TDH, AuxWindow.D2H};
        this.magnitudeScale = frames.sinusoidScale() / aux.sumH();
        double floorMag = Math.pow(10, params.floorDb() / 20);
        double floorAbsX = floorMag / magnitudeScale;
        this.floorPower = Math.max(floorAbsX * floorAbsX, Double.MIN_NORMAL);
        this.threads = threads;
    }

    /** The parameters. */
    public ReassignParams params() {
        return params;
    }

    /** The window and auxiliary windows in use. */
    public AuxiliaryWindows windows() {
        return aux;
    }

    /** Number of frames for a signal of {@code lengthSamples}. */
    public int frameCount(int lengthSamples) {
        return frames.frameCount(lengthSamples);
    }

    /** A new empty frame buffer for {@link #frame}. */
    public ReassignedFrame newFrame() {
        return new ReassignedFrame(frames, aux);
    }

    /**
     * Reassigns a single frame m of {@code x} into {@code out} (for teaching and probing; for whole
     * signals use {@link #stream}). With the analytic signal model the Hilbert transform of
     * {@code x} is computed once and kept for further calls with the same (unmodified) array.
     */
    public synchronized void frame(double[] x, int m, ReassignedFrame out) {
        if (x == null) {
            throw new IllegalArgumentException("signal must not be null");
        }
        if (singleFrame == null) {
            singleFrame = new Block(1); // an STFT engine (FFT plan, windows) reused by every frame() call
        }
        Block b = singleFrame;
        long start = b.engine.supportStartSample(m);
        for (long s = Math.max(0, start); s < Math.min(x.length, start + aux.supportSamples()); s++) {
            if (!Double.isFinite(x[(int) s])) { // only the samples this frame reads
                throw new IllegalArgumentException("signal contains a non-finite sample (" + x[(int) s] + ") at index " + s);
            }
        }
        b.engine.frameInterleaved(x, imaginaryPart(x), m, b.spec);
        cells(m, b.spec, out);
    }

    /**
     * Streams every frame of {@code x} to {@code sink} in frame order, computing on all worker
     * threads in bounded memory.
     *
     * @param progress receives the fraction done, 0..1 (may be null)
     * @throws IllegalArgumentException if {@code x} holds NaN or infinite samples
     */
    public void stream(double[] x, FrameSink sink, DoubleConsumer progress) {
        requireFinite(x);
        int count = frames.frameCount(x.length);
        double[] y = imaginaryPart(x);
        int block = 16;
        new FramePipeline<Block>(block, threads).run(count, () -> new Block(block), (b, first, n) -> {
            for (int i = 0; i < n; i++) {
                int m = first + i;
                b.engine.frameInterleaved(x, y, m, b.spec);
                cells(m, b.spec, b.out[i]);
            }
        }, (b, first, n) -> {
            for (int i = 0; i < n; i++) {
                sink.accept(b.out[i]);
            }
        }, progress);
    }

    /**
     * Streams every frame through a per-worker function {@code work} (run on the worker threads, e.g.
     * peak picking) and hands its results to {@code sink} in frame order on one thread. {@code workers}
     * makes one function per worker block (functions need not be thread-safe).
     */
    public <T> void streamMap(double[] x, java.util.function.Supplier<java.util.function.Function<ReassignedFrame, T>> workers,
                              java.util.function.Consumer<T> sink, DoubleConsumer progress) {
        requireFinite(x);
        int count = frames.frameCount(x.length);
        double[] y = imaginaryPart(x);
        int block = 16;
        final class MapBlock {
            final Block b = new Block(1);
            final java.util.function.Function<ReassignedFrame, T> work = workers.get();
            final Object[] results = new Object[block];
        }
        new FramePipeline<MapBlock>(block, threads).run(count, MapBlock::new, (mb, first, n) -> {
            for (int i = 0; i < n; i++) {
                int m = first + i;
                mb.b.engine.frameInterleaved(x, y, m, mb.b.spec);
                cells(m, mb.b.spec, mb.b.out[0]);
                mb.results[i] = mb.work.apply(mb.b.out[0]);
            }
        }, (mb, first, n) -> {
            for (int i = 0; i < n; i++) {
                @SuppressWarnings("unchecked")
                T r = (T) mb.results[i];
                mb.results[i] = null;
                sink.accept(r);
            }
        }, progress);
    }

    /** Every frame as a dense matrix (memory grows with the signal: for short signals). */
    public ReassignedSpectrogram compute(double[] x) {
        List<ReassignedFrame> all = new ArrayList<>();
        stream(x, f -> all.add(f.copy()), null);
        return new ReassignedSpectrogram(params, x.length, all);
    }

    /** The valid cells as a point cloud, in frame then bin order. */
    public PointCloud points(double[] x, DoubleConsumer progress) {
        PointCloud.Builder b = new PointCloud.Builder();
        stream(x, b::addFrame, progress);
        return b.build();
    }

    /**
     * Accumulates the ordinary ({@code nominal}) and reassigned ({@code reassigned}) spectrograms
     * of {@code x} in one pass; either grid may be null. The accumulation itself runs on the worker
     * threads, each into grids of its own that are added into the given ones at the end, so it
     * scales with the cores like the FFTs do (the sums are the same up to rounding order).
     */
    public void accumulate(double[] x, TfGrid nominal, TfGrid reassigned, DoubleConsumer progress) {
        requireFinite(x);
        int count = frames.frameCount(x.length);
        double[] y = imaginaryPart(x);
        int block = 16;
        // one pair of grids per worker thread (not per block), added into the caller's at the end
        java.util.Map<Thread, TfGrid[]> perThread = new java.util.concurrent.ConcurrentHashMap<>();
        new FramePipeline<Block>(block, threads).run(count, () -> new Block(1), (b, first, n) -> {
            ReassignedFrame f = b.out[0];
            TfGrid[] g = perThread.computeIfAbsent(Thread.currentThread(), t -> new TfGrid[] {
                nominal == null ? null : TfGrid.like(nominal), reassigned == null ? null : TfGrid.like(reassigned)});
            for (int i = 0; i < n; i++) {
                int m = first + i;
                b.engine.frameInterleaved(x, y, m, b.spec);
                cells(m, b.spec, f);
                if (g[0] != null) {
                    f.addTo(g[0], Placement.NOMINAL);
                }
                if (g[1] != null) {
                    f.addTo(g[1], Placement.REASSIGNED);
                }
            }
        }, (b, first, n) -> { }, progress);
        for (TfGrid[] g : perThread.values()) {
            if (nominal != null) {
                nominal.addAll(g[0]);
            }
            if (reassigned != null) {
                reassigned.addAll(g[1]);
            }
        }
    }

    /** Per-cell reassignment of one frame from the spectra of the windows in {@link #roles} order. */
    private void cells(int m, double[][] spec, ReassignedFrame out) {
        out.frameIndex = m;
        double fs = frames.sampleRateHz();
        double tm = frames.frameTimeSamples(m);
        out.frameTimeSec = tm / fs;
        double omegaStep = 2 * Math.PI / frames.fftSize();
        double hzPerRad = fs / (2 * Math.PI);
        double chirpScale = fs * fs / (2 * Math.PI);
        double powerScale = magnitudeScale * magnitudeScale;
        boolean second = roles.length == 5;
        double[] xh = spec[0];   // interleaved: [2k] = Re, [2k + 1] = Im
        double[] xth = spec[1];
        double[] xdh = spec[2];
        double[] xtdh = second ? spec[3] : null;
        double[] xd2h = second ? spec[4] : null;
        int bins = frames.binCount();
        System.arraycopy(xh, 0, out.spectrum, 0, 2 * bins);
        System.arraycopy(xdh, 0, out.dhSpectrum, 0, 2 * bins);
        out.windowShiftSamples = tm - (frames.frameStartSample(m) + aux.supportOffsetSamples());
        for (int k = 0; k < bins; k++) {
            int i = 2 * k;
            double a = xh[i];
            double b = xh[i + 1];
            double p = a * a + b * b;
            if (!(p >= floorPower)) {
                out.valid[k] = false;
                continue;
            }
            double inv = 1.0 / p;
            double tr = xth[i];
            double ti = xth[i + 1];
            double dr = xdh[i];
            double di = xdh[i + 1];
            double thRe = (tr * a + ti * b) * inv;       // Re{X_th / X}
            double dhIm = (di * a - dr * b) * inv;       // Im{X_dh / X}
            double tHat = tm + thRe;
            double omegaHat = k * omegaStep - dhIm;
            if (!Double.isFinite(tHat) || !Double.isFinite(omegaHat)) {
                out.valid[k] = false;
                continue;
            }
            out.valid[k] = true;
            out.power[k] = p * powerScale;
            out.timeSec[k] = tHat / fs;
            out.freqHz[k] = omegaHat * hzPerRad;
            if (second) {
                double dhRe = (dr * a + di * b) * inv;                    // Re{X_dh / X}
                double thIm = (ti * a - tr * b) * inv;                    // Im{X_th / X}
                double tdhRe = (xtdh[i] * a + xtdh[i + 1] * b) * inv;     // Re{X_tdh / X}
                double d2hIm = (xd2h[i + 1] * a - xd2h[i] * b) * inv;     // Im{X_d2h / X}
                // Re{(X_th/X)(X_dh/X)} = thRe·dhRe − thIm·dhIm
                double phiTOmega = tdhRe - (thRe * dhRe - thIm * dhIm);
                // Im{(X_dh/X)²} = 2·dhRe·dhIm
                double phiTT = d2hIm - 2 * dhRe * dhIm;
                out.convergence[k] = Math.abs(1 + phiTOmega);
                out.chirpRateHzPerSec[k] = -phiTT / phiTOmega * chirpScale;
            } else {
                out.convergence[k] = Double.NaN;
                out.chirpRateHzPerSec[k] = Double.NaN;
            }
        }
    }

    /** Engine and scratch for {@link #frame}, made on first use (frame() is synchronized on this). */
    private Block singleFrame;

    /** The last signal's Hilbert transform, so that frame-by-frame calls do not recompute it. */
    private volatile Object[] lastHilbert = {null, null};

    /** H{x} for the analytic signal model (cached for the last x), null for the real one. */
    private double[] imaginaryPart(double[] x) {
        if (frames.signal() != SignalModel.ANALYTIC) {
            return null;
        }
        Object[] last = lastHilbert;
        if (last[0] == x) {
            return (double[]) last[1];
        }
        double[] y = AnalyticSignal.hilbert(x);
        lastHilbert = new Object[] {x, y};
        return y;
    }

    private static void requireFinite(double[] x) {
        if (x == null) {
            throw new IllegalArgumentException("signal must not be null");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("signal contains a non-finite sample (" + x[i] + ") at index " + i);
            }
        }
    }

    /** Per-worker scratch: an STFT engine, spectra, and output frames. */
    private final class Block {
        final MultiStft engine = new MultiStft(frames, aux, roles);
        final double[][] spec = new double[roles.length][frames.fftSize() + 2];
        final ReassignedFrame[] out;

        Block(int size) {
            out = new ReassignedFrame[size];
            for (int i = 0; i < size; i++) {
                out[i] = new ReassignedFrame(frames, aux);
            }
        }
    }

    @Override
    public String toString() {
        return "Reassigner[" + params + ", " + threads + " threads]";
    }
}
