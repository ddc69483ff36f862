package tfr.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks and prints the figures the project tracks: seconds of audio per
 * CPU-second for the reassigned spectrogram and for the bare FFT loop, and their ratio
 * (aim ≤ 1.3), for additive synthesis of a 10-partial harmonic tone (aim ≥ 300; Loris ~100) and for the
 * whole additive analysis (aim ≥ 80; Loris ~27).
 * Pass {@code --quick} for a short run (1 warm-up, 3 measurements of 1 s).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean quick = args.length > 0 && args[0].equals("--quick");
        OptionsBuilder ob = new OptionsBuilder();
        ob.include(ReassignBench.class.getSimpleName());
        ob.include(SynthBench.class.getSimpleName());
        ob.include(AnalysisBench.class.getSimpleName());
        if (quick) {
            ob.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(3)
                    .measurementTime(TimeValue.seconds(1));
        }
        Options opt = ob.build();
        Collection<RunResult> results = new Runner(opt).run();
        Map<String, double[]> ms = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            double audioSec = Double.parseDouble(r.getParams().getParam("audioSec"));
            for (String k : r.getParams().getParamsKeys()) {
                if (!k.equals("audioSec")) {
                    name += " " + r.getParams().getParam(k);
                }
            }
            ms.put(name, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError(), audioSec});
        }
        System.out.println();
        System.out.println("TFR Lab benchmark (one thread; 44.1 kHz audio; spectrograms Hann 2048, hop 512;"
                + " synthesis 10 partials, a breakpoint every 512 samples)");
        for (Map.Entry<String, double[]> e : ms.entrySet()) {
            double perOp = e.getValue()[0];
            double audioSec = e.getValue()[2];
            System.out.printf("  %-36s %9.1f ms/op ± %.1f   %7.1f s of audio per CPU-second (%.0f s of audio)%n", e.getKey(),
                    perOp, e.getValue()[1], audioSec / (perOp / 1000), audioSec);
        }
        if (ms.containsKey("reassignedSpectrogram") && ms.containsKey("bareFftLoop")) {
            System.out.printf("  reassigned spectrogram / bare FFT loop = %.2f (aim <= 1.3)%n",
                    ms.get("reassignedSpectrogram")[0] / ms.get("bareFftLoop")[0]);
        }
    }
}
