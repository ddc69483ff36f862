package tfr.bench;

import java.util.List;
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
import tfr.analysis.AnalysisParams;
import tfr.analysis.Analyzer;
import tfr.analysis.ModelParams;
import tfr.analysis.PartialAnalysis;
import tfr.analysis.Progress;
import tfr.signals.Envelope;
import tfr.signals.Signal;
import tfr.signals.Signals;

/**
 * Single-threaded cost of the whole additive analysis ({@link Analyzer#partials}: second-order
 * reassignment, classification, peaks with image and chirp corrections, tracking, re-reading,
 * edge fit) in seconds of audio per CPU-second = {@code audioSec / (s per op)}. Targets: ≥ 80
 * (Loris 1.9 on this machine: ~27 at resolution 70 Hz / width 140 Hz).
 *
 * <ul>
 * <li>{@code defaults}: Hann 2048, hop 512 (86 frames per second of audio);</li>
 * <li>{@code loris}: Loris' settings for R = 70 Hz, W = 140 Hz — Kaiser 2485, hop 315, FFT 4096
 *     (140 frames per second of audio with twice the FFT: the same work Loris does).</li>
 * </ul>
 * Sounds: the demo sound (chirp + harmonic tone + clicks) and a 220 Hz tone with 8 harmonics and vibrato.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnalysisBench {
    static final double FS = 44_100;

    @Param({"10"})
    public double audioSec;

    @Param({"defaults", "loris"})
    public String settings;

    @Param({"demo", "vibrato"})
    public String sound;

    double[] x;
    Analyzer analyzer;

    @Setup
    public void setup() {
        x = sound.equals("demo") ? Signals.example(FS, audioSec).samples()
                : Signal.render(FS, audioSec, List.of(Signals.harmonicTone(220, 8, 0.8, 5.5, 50,
                        Envelope.raisedCosine(0.1, audioSec - 0.1, 0.1)))).samples();
        analyzer = settings.equals("loris")
                ? new Analyzer(AnalysisParams.loris(70, 140, FS), ModelParams.loris(70)).withThreads(1)
                : new Analyzer(AnalysisParams.defaults(), ModelParams.defaults()).withThreads(1);
    }

    @Benchmark
    public PartialAnalysis additiveAnalysis() {
        return analyzer.partials(x, FS, Progress.NONE);
    }
}
