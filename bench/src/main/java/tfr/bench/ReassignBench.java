package tfr.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tfr.reassign.ReassignOrder;
import tfr.reassign.ReassignParams;
import tfr.reassign.Reassigner;
import tfr.reassign.TfGrid;
import tfr.stft.EdgePolicy;
import tfr.stft.FrameParams;
import tfr.stft.MultiStft;
import tfr.window.AuxWindow;
import tfr.window.WindowSpec;

/**
 * Single-threaded cost of a reassigned spectrogram (Hann 2048, hop 512, 2000 × 1000 grid — the
 * workload of {@code reassign_numpy.py}) against a bare loop of the same FFTs over the same frames.
 * One thread, so time per operation is CPU time: throughput in seconds of audio per CPU-second is
 * {@code audioSec / (ms per op / 1000)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReassignBench {
    static final double FS = 44100;

    @Param({"30"})
    public double audioSec;

    double[] x;
    FrameParams frames;
    Reassigner firstOrder;
    Reassigner secondOrder;

    @Setup
    public void setup() {
        x = testSignal(audioSec);
        frames = FrameParams.of(WindowSpec.hann(2048), 512, FS).withEdges(EdgePolicy.INSIDE);
        firstOrder = new Reassigner(new ReassignParams(frames, ReassignOrder.FIRST, -100), 1);
        secondOrder = new Reassigner(new ReassignParams(frames, ReassignOrder.SECOND, -100), 1);
    }

    /** Tones, a chirp, clicks and a little noise: every cell above the floor, as in real audio. */
    static double[] testSignal(double seconds) {
        int n = (int) Math.round(seconds * FS);
        double[] s = new double[n];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            double t = i / FS;
            double tc = t % 5.0;
            s[i] = 0.2 * Math.cos(2 * Math.PI * 440 * t) + 0.1 * Math.cos(2 * Math.PI * 1320.5 * t)
                    + 0.2 * Math.cos(2 * Math.PI * (200 * tc + 0.5 * 800 * tc * tc))
                    + 0.01 * (r.nextDouble() - 0.5);
            if (i % 22050 == 0) {
                s[i] += 0.4;
            }
        }
        return s;
    }

    /** The reassigned spectrogram accumulated on a 2000 × 1000 grid (first order: h, th, dh). */
    @Benchmark
    public TfGrid reassignedSpectrogram() {
        TfGrid grid = TfGrid.linear(0, x.length / FS, 2000, 0, FS / 2, 1000);
        firstOrder.accumulate(x, null, grid, null);
        return grid;
    }

    /** The same three real FFTs per frame (h, th, dh) and nothing else: the floor to compare with. */
    @Benchmark
    public double bareFftLoop() {
        MultiStft engine = new MultiStft(frames, AuxWindow.H, AuxWindow.TH, AuxWindow.DH);
        double[][] re = new double[3][frames.binCount()];
        double[][] im = new double[3][frames.binCount()];
        int count = frames.frameCount(x.length);
        double sum = 0;
        for (int m = 0; m < count; m++) {
            engine.frame(x, m, re, im);
            sum += re[0][1];
        }
        return sum;
    }

    /** Second order (five windows: adds convergence and chirp rate), points streamed and dropped. */
    @Benchmark
    public long secondOrderCells() {
        long[] valid = {0};
        secondOrder.stream(x, f -> valid[0] += f.validCount(), null);
        return valid[0];
    }
}
