package tfr.harmonic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;
import tfr.analysis.AnalysisParams;
import tfr.analysis.Analyzer;
import tfr.analysis.Progress;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;
import tfr.signals.Envelope;
import tfr.signals.HarmonicTone;
import tfr.signals.Signal;
import tfr.signals.Signals;
import tfr.synth.BandwidthNoise;
import tfr.synth.SynthParams;
import tfr.synth.Synthesizer;

/** Synthetic tones with known fundamentals, analysed once by {@link Analyzer#partials} (default analysis, 44.1 kHz). */
final class Tones {
    static final double FS = 44_100;
    static final double START_SEC = 0.05;
    static final double END_SEC = 0.95;
    static final double DURATION_SEC = 1.0;
    /** The frames whose f0 is checked: well inside the tone's hold (ramps end at 0.07 and start at 0.93 s). */
    static final double CHECK_FROM_SEC = 0.1;
    static final double CHECK_TO_SEC = 0.9;

    private static final Map<String, Tone> CACHE = new ConcurrentHashMap<>();

    /**
     * A tone and its truth: {@code f0At} the fundamental (the series' f₁ for a stretched tone; NaN
     * outside the support), harmonic n at {@code n·f0·√(1 + B·n²)}.
     */
    record Tone(String name, double[] samples, DoubleUnaryOperator f0At, double inharmonicity, int harmonics,
                PartialSet partials) {
        double harmonicHz(int n, double t) {
            return Channelizer.stretchedHz(f0At.applyAsDouble(t), n, inharmonicity);
        }

        /**
         * The true harmonic number of a partial: each breakpoint (amp &gt; 0, inside the support) votes its
         * amplitude for the nearest harmonic of the truth; the majority wins (−1 if no breakpoint votes).
         */
        int trueLabel(Partial p) {
            Map<Integer, Double> votes = new TreeMap<>();
            for (Breakpoint b : p.breakpoints()) {
                double f0 = f0At.applyAsDouble(b.timeSec());
                if (!(b.amp() > 0) || Double.isNaN(f0)) {
                    continue;
                }
                int best = 1;
                for (int n = 2; n <= harmonics + 1; n++) {
                    if (Math.abs(harmonicHz(n, b.timeSec()) - b.freqHz()) < Math.abs(harmonicHz(best, b.timeSec()) - b.freqHz())) {
                        best = n;
                    }
                }
                votes.merge(best, b.amp(), Double::sum);
            }
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
        }
    }

    private Tones() {
    }

    private static Envelope envelope() {
        return Envelope.raisedCosine(START_SEC, END_SEC, 0.02);
    }

    /** A steady harmonic tone: 10 harmonics, 1/k amplitudes summing to 0.8. */
    static Tone steady(double f0Hz) {
        return CACHE.computeIfAbsent("steady " + f0Hz, k -> {
            HarmonicTone tone = Signals.harmonicTone(f0Hz, 10, 0.8, 0, 0, envelope());
            return analysed(k, Signal.render(FS, DURATION_SEC, List.of(tone)).samples(), tone::fundamentalHzAt, 0, 10);
        });
    }

    /** A harmonic tone with vibrato: 10 harmonics, ±{@code depthCents} at {@code rateHz}. */
    static Tone vibrato(double f0Hz, double rateHz, double depthCents) {
        return CACHE.computeIfAbsent("vibrato " + f0Hz + " " + rateHz + " " + depthCents, k -> {
            HarmonicTone tone = Signals.harmonicTone(f0Hz, 10, 0.8, rateHz, depthCents, envelope());
            return analysed(k, Signal.render(FS, DURATION_SEC, List.of(tone)).samples(), tone::fundamentalHzAt, 0, 10);
        });
    }

    /**
     * A stiff-string tone: partials n = 1..K at n·f0·√(1 + B·n²), amplitudes 0.8·(1/n)/H_K, phases
     * 0.7·n² rad, summed as cosines under the same envelope.
     */
    static Tone stretched(double f0Hz, double inharmonicity, int harmonics) {
        return CACHE.computeIfAbsent("stretched " + f0Hz + " " + inharmonicity + " " + harmonics, k -> {
            Envelope env = envelope();
            double h = 0;
            for (int n = 1; n <= harmonics; n++) {
                h += 1.0 / n;
            }
            double[] x = new double[(int) Math.round(DURATION_SEC * FS)];
            for (int i = 0; i < x.length; i++) {
                double t = i / FS;
                double g = env.gainAt(t);
                if (g == 0) {
                    continue;
                }
                double s = 0;
                for (int n = 1; n <= harmonics; n++) {
                    double f = Channelizer.stretchedHz(f0Hz, n, inharmonicity);
                    s += 0.8 / n / h * Math.cos(2 * Math.PI * f * t + 0.7 * n * n);
                }
                x[i] = g * s;
            }
            return analysed(k, x, t -> env.isActive(t) ? f0Hz : Double.NaN, inharmonicity, harmonics);
        });
    }

    private static Tone analysed(String name, double[] x, DoubleUnaryOperator f0At, double b, int k) {
        PartialSet set = new Analyzer(AnalysisParams.defaults()).partials(x, FS, Progress.NONE).partials();
        return new Tone(name, x, f0At, b, k, set);
    }

    /** The frames of {@code track} inside [CHECK_FROM_SEC, CHECK_TO_SEC]. */
    static List<Integer> interior(F0Track track) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            if (track.timeSec(i) >= CHECK_FROM_SEC && track.timeSec(i) <= CHECK_TO_SEC) {
                out.add(i);
            }
        }
        return out;
    }

    /** Renders partials with the default synthesizer (1 ms fades), noise off. */
    static double[] render(PartialSet set, int length) {
        return new Synthesizer(SynthParams.of(FS).withNoise(BandwidthNoise.OFF)).render(set, length);
    }
}
