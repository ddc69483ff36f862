package tfr.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mono sampled signal with the components it was rendered from: sample {@code n} is at time
 * {@code n / sampleRateHz} and {@code samples[n] = Σ_c x_c(n / sampleRateHz)} when built by
 * {@link #render}. The components are the ground truth; a signal built directly (e.g. from a file)
 * may list none.
 *
 * <p>Immutable: the constructor copies {@code samples} and {@link #samples()} returns a copy (use
 * {@link #sample(int)} for single values).
 *
 * @param samples      the samples (copied)
 * @param sampleRateHz sample rate in Hz, finite and &gt; 0
 * @param components   the components that sum to the samples (copied; may be empty)
 */
public record Signal(double[] samples, double sampleRateHz, List<Component> components) {
    /** The largest frame count a signal may have (the JVM's practical array limit). */
    public static final int MAX_FRAMES = Integer.MAX_VALUE - 8;

    /** Validates and copies the parameters. */
    public Signal {
        Checks.notNull(samples, "samples");
        samples = samples.clone();
        Checks.sampleRate(sampleRateHz);
        Checks.notNull(components, "components");
        for (int i = 0; i < components.size(); i++) {
            Checks.notNull(components.get(i), "components[" + i + "]");
        }
        components = List.copyOf(components);
    }

    /**
     * Renders the sum of {@code components} over {@code round(durationSec · sampleRateHz)} frames.
     *
     * @throws IllegalArgumentException if a parameter is invalid, the frame count is below 1 or above
     *     {@link #MAX_FRAMES}, or a component does not fit (a frequency at or above Nyquist, an impulse
     *     past the end)
     */
    public static Signal render(double sampleRateHz, double durationSec, Component... components) {
        Checks.notNull(components, "components");
        return render(sampleRateHz, durationSec, Arrays.asList(components));
    }

    /** As {@link #render(double, double, Component...)}, from a list. */
    public static Signal render(double sampleRateHz, double durationSec, List<? extends Component> components) {
        int frames = framesFor(sampleRateHz, durationSec);
        Checks.notNull(components, "components");
        double[] out = new double[frames];
        List<Component> list = new ArrayList<>(components.size());
        for (int i = 0; i < components.size(); i++) {
            Component c = Checks.notNull(components.get(i), "components[" + i + "]");
            c.addTo(out, sampleRateHz);
            list.add(c);
        }
        return new Signal(out, sampleRateHz, list);
    }

    /**
     * The frame count {@link #render} uses: {@code round(durationSec · sampleRateHz)} (halves round up).
     *
     * @throws IllegalArgumentException unless the count is between 1 and {@link #MAX_FRAMES}
     */
    public static int framesFor(double sampleRateHz, double durationSec) {
        Checks.sampleRate(sampleRateHz);
        Checks.finitePositive(durationSec, "durationSec");
        double frames = Math.floor(durationSec * sampleRateHz + 0.5);
        if (!(frames >= 1 && frames <= MAX_FRAMES)) {
            throw new IllegalArgumentException("durationSec must give between 1 and " + MAX_FRAMES
                    + " frames at sampleRateHz = " + sampleRateHz + ", got " + durationSec + " s = " + frames + " frames");
        }
        return (int) frames;
    }

    /** A copy of the samples. */
    @Override
    public double[] samples() {
        return samples.clone();
    }

    /** Sample {@code n}. */
    public double sample(int n) {
        return samples[n];
    }

    /** The number of samples. */
    public int frameCount() {
        return samples.length;
    }

    /** {@code frameCount() / sampleRateHz}: the actual duration in seconds (the requested one rounded to a frame). */
    public double durationSec() {
        return samples.length / sampleRateHz;
    }

    /** The time of sample {@code n}: {@code n / sampleRateHz}. */
    public double timeSec(int n) {
        return Phase.timeSec(n, sampleRateHz);
    }

    /** {@code max_n |samples[n]|} (0 for an empty signal). */
    public double peakAbs() {
        double peak = 0;
        for (double x : samples) {
            peak = Math.max(peak, Math.abs(x));
        }
        return peak;
    }

    /**
     * The ground truth as an ordered, unmodifiable map for a JSON writer: {@code sample_rate_hz},
     * {@code frame_count}, {@code duration_sec}, {@code peak_abs}, {@code time_convention}, and
     * {@code components}: each component's {@link Component#describe(double)} in rendering order.
     */
    public Map<String, Object> groundTruth() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sample_rate_hz", sampleRateHz);
        m.put("frame_count", samples.length);
        m.put("duration_sec", durationSec());
        m.put("peak_abs", peakAbs());
        m.put("time_convention", "sample n is at time n / sample_rate_hz; components are silent outside"
                + " [start_sec, end_sec)");
        List<Map<String, Object>> described = new ArrayList<>(components.size());
        for (Component c : components) {
            described.add(c.describe(sampleRateHz));
        }
        m.put("components", Collections.unmodifiableList(described));
        return Collections.unmodifiableMap(m);
    }

    /** Equal when the samples (element-wise), rate and components are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Signal s
                && Arrays.equals(samples, s.samples)
                && Double.compare(sampleRateHz, s.sampleRateHz) == 0
                && components.equals(s.components);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(samples) + Double.hashCode(sampleRateHz)) + components.hashCode();
    }

    /** Shape and units, e.g. {@code Signal[132300 frames, 44100.0 Hz, 3.0 s, components=[linear_chirp, …]]}. */
    @Override
    public String toString() {
        List<String> kinds = new ArrayList<>(components.size());
        for (Component c : components) {
            kinds.add(c.kind());
        }
        return "Signal[" + samples.length + " frames, " + sampleRateHz + " Hz, " + durationSec() + " s, components="
                + kinds + "]";
    }
}
