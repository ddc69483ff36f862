package tfr.signals;

import java.util.ArrayList;
import java.util.List;

/**
 * The signal kinds the {@code ./tfr signal KIND} command offers, under the names it spells, each with
 * a description and default components (valid at any sample rate of 8 kHz and above).
 */
public enum SignalKind {
    /** A stationary cosine. */
    TONE("tone", "stationary cosine; default 440 Hz, amplitude 0.5"),
    /** A linear chirp. */
    CHIRP("chirp", "linear chirp (frequency linear in time); default 200 -> 2000 Hz over the whole duration,"
            + " amplitude 0.5"),
    /** An exponential chirp. */
    EXP_CHIRP("exp-chirp", "exponential chirp (constant octaves per second); default 50 -> 3000 Hz over the"
            + " whole duration, amplitude 0.5"),
    /** One single-sample impulse. */
    IMPULSE("impulse", "one single-sample impulse; default at the middle sample, amplitude 0.9"),
    /** A periodic impulse train. */
    IMPULSES("impulses", "impulse train; default every 0.25 s from 0.125 s, amplitude 0.9"),
    /** A harmonic tone with vibrato and an envelope. */
    HARMONIC("harmonic", "harmonic tone with vibrato; default 220 Hz, 8 harmonics with 1/k amplitudes summing"
            + " to 0.9, vibrato 5 Hz +-25 cents, 20 ms raised-cosine ramps"),
    /** White Gaussian noise. */
    NOISE("noise", "white Gaussian noise; default RMS 0.1, seed 1"),
    /** The demo sound. */
    EXAMPLE("example", "demo 'clicks + chirp + tones': chirp 200 -> 2000 Hz, 440 Hz tone with 5 harmonics,"
            + " a click every 0.5 s (default 3 s)");

    private final String cliName;
    private final String description;

    SignalKind(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    /** The name on the command line, e.g. {@code "exp-chirp"}. */
    public String cliName() {
        return cliName;
    }

    /** A one-line description including the default parameters. */
    public String description() {
        return description;
    }

    /** Every CLI name, in declaration order. */
    public static List<String> cliNames() {
        List<String> names = new ArrayList<>();
        for (SignalKind kind : values()) {
            names.add(kind.cliName);
        }
        return List.copyOf(names);
    }

    /**
     * The kind spelled {@code name} on the command line (exact, case-sensitive).
     *
     * @throws IllegalArgumentException naming the valid kinds if there is none
     */
    public static SignalKind fromCliName(String name) {
        for (SignalKind kind : values()) {
            if (kind.cliName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be one of " + cliNames() + ", got " + name);
    }

    /**
     * The default components of this kind for a signal of {@code durationSec} at {@code sampleRateHz}
     * (see {@link #description()}; {@link #EXAMPLE} is {@link Signals#exampleComponents}).
     */
    public List<Component> defaultComponents(double sampleRateHz, double durationSec) {
        int frames = Signal.framesFor(sampleRateHz, durationSec);
        switch (this) {
            case TONE:
                return List.of(Signals.tone(440.0, 0.5));
            case CHIRP:
                return List.of(Signals.linearChirp(200.0, 2000.0, 0.0, durationSec, 0.5));
            case EXP_CHIRP:
                return List.of(Signals.exponentialChirp(50.0, 3000.0, 0.0, durationSec, 0.5));
            case IMPULSE:
                return List.of(Signals.impulse(frames / 2, 0.9));
            case IMPULSES: {
                int period = Math.max(1, Signals.nearestSample(0.25, sampleRateHz, "periodSec"));
                int first = Signals.nearestSample(0.125, sampleRateHz, "firstSec");
                if (first >= frames) {
                    first = frames / 2;
                }
                int count = (frames - 1 - first) / period + 1;
                return List.of(new ImpulseTrain(first, period, count, 0.9));
            }
            case HARMONIC:
                return List.of(Signals.harmonicTone(220.0, 8, 0.9, 5.0, 25.0,
                        Envelope.raisedCosine(0.0, durationSec, Math.min(0.020, durationSec / 2))));
            case NOISE:
                return List.of(Signals.noise(0.1, 1L));
            case EXAMPLE:
                return Signals.exampleComponents(sampleRateHz, durationSec);
            default:
                throw new AssertionError(this);
        }
    }

    /** {@link Signal#render} of {@link #defaultComponents}. */
    public Signal render(double sampleRateHz, double durationSec) {
        return Signal.render(sampleRateHz, durationSec, defaultComponents(sampleRateHz, durationSec));
    }
}
