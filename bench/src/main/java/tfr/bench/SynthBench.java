package tfr.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;
import tfr.synth.SynthParams;
import tfr.synth.Synthesizer;

/**
 * Single-threaded cost of additive synthesis ({@link Synthesizer#render}) of a harmonic tone: 10
 * partials of 220 Hz with a 5 Hz, ±3 Hz vibrato (so every segment's cubic is a real cubic),
 * amplitudes 0.5/h, a breakpoint every 512 samples at 44.1 kHz carrying the exact phase. Loris
 * renders ~100 s of audio per CPU-second on this kind of tone; the aim is ≥ 300. One thread, so time
 * per operation is CPU time: throughput in seconds of audio per CPU-second is
 * {@code audioSec / (ms per op / 1000)}.
 *
 * <p>{@code additiveSynthesis} renders the tone with bandwidth 0 (pure sinusoids);
 * {@code additiveSynthesisNoisy} gives every breakpoint bandwidth 0.3, which adds the noise
 * generator, low-pass and modulation per sample.
 *
 * <p>{@link #main} is a plain timing loop (thread CPU time, no JMH) for a quick cross-check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SynthBench {
    static final double FS = 44_100;
    static final int HOP = 512;
    static final int PARTIALS = 10;

    @Param({"10"})
    public double audioSec;

    PartialSet tone;
    PartialSet noisyTone;
    Synthesizer synth;
    int length;

    @Setup
    public void setup() {
        tone = harmonicTone(audioSec, 0);
        noisyTone = harmonicTone(audioSec, 0.3);
        synth = new Synthesizer(SynthParams.of(FS));
        length = (int) Math.round(audioSec * FS);
    }

    /**
     * Partial h: f_h(t) = h·(220 + 3 sin 2π5t) Hz, phase 2πh·(220t + 3(1 − cos 2π5t)/(2π5)), amplitude
     * 0.5/h, breakpoints every 512 samples from 0 to past the end.
     */
    static PartialSet harmonicTone(double seconds, double bandwidth) {
        int n = (int) Math.round(seconds * FS);
        double f0 = 220;
        double depth = 3;
        double rate = 5;
        List<Partial> ps = new ArrayList<>();
        for (int h = 1; h <= PARTIALS; h++) {
            List<Breakpoint> b = new ArrayList<>();
            for (int s = 0; s <= n + HOP; s += HOP) {
                double t = s / FS;
                double f = h * (f0 + depth * Math.sin(2 * Math.PI * rate * t));
                double cycles = h * (f0 * t + depth * (1 - Math.cos(2 * Math.PI * rate * t)) / (2 * Math.PI * rate));
                b.add(new Breakpoint(t, f, 0.5 / h, 2 * Math.PI * (cycles - Math.floor(cycles)), bandwidth));
            }
            ps.add(new Partial(h, b));
        }
        return PartialSet.of(ps);
    }

    /** Ten bandwidth-free partials into {@code audioSec} of 44.1 kHz audio. */
    @Benchmark
    public double[] additiveSynthesis() {
        return synth.render(tone, length);
    }

    /** The same with bandwidth 0.3 everywhere: noise generation, low-pass and modulation included. */
    @Benchmark
    public double[] additiveSynthesisNoisy() {
        return synth.render(noisyTone, length);
    }

    /**
     * A plain timing loop: renders the tone repeatedly and prints seconds of audio per CPU-second
     * (this thread's CPU time) per batch. Arguments: [audio seconds, default 10] [batches, default 8].
     */
    public static void main(String[] args) {
        SynthBench b = new SynthBench();
        b.audioSec = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        b.setup();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (String kind : new String[] {"pure", "noisy (bw 0.3)"}) {
            for (int batch = 0; batch < batches; batch++) {
                int reps = 5;
                long cpu0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                for (int r = 0; r < reps; r++) {
                    double[] y = kind.equals("pure") ? b.additiveSynthesis() : b.additiveSynthesisNoisy();
                    sink += y[y.length / 2];
                }
                double cpuSec = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double wallSec = (System.nanoTime() - wall0) / 1e9;
                System.out.printf(Locale.ROOT, "%-15s batch %d: %7.2f ms/render (CPU), %7.2f ms (wall), %7.1f s of audio per CPU-second%n",
                        kind, batch, cpuSec / reps * 1000, wallSec / reps * 1000, reps * b.audioSec / cpuSec);
            }
        }
        System.out.println("(checksum " + sink + ")");
    }
}
