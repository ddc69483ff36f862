package tfr.signals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Envelope GATE = Envelope.gate(0, 1);

    private static Arguments bad(String messageStart, Executable action) {
        return Arguments.of(messageStart, action);
    }

    static Stream<Arguments> invalidCalls() {
        return Stream.of(
                bad("freqHz must be finite and >= 0, got NaN", () -> new Sinusoid(NAN, 1, 0)),
                bad("freqHz must be finite and >= 0, got -1.0", () -> new Sinusoid(-1, 1, 0)),
                bad("amplitude must be finite and >= 0, got -0.5", () -> new Sinusoid(440, -0.5, 0)),
                bad("phaseRad must be finite, got Infinity", () -> new Sinusoid(440, 1, INF)),
                bad("freqHz must be below the Nyquist", () -> new Sinusoid(5000, 1, 0).addTo(new double[4], 8000)),
                bad("sampleRateHz must be finite and > 0, got 0.0", () -> new Sinusoid(5, 1, 0).addTo(new double[4], 0)),
                bad("out must not be null", () -> new Sinusoid(5, 1, 0).addTo(null, 100)),
                bad("f0Hz must be finite and >= 0", () -> new LinearChirp(NAN, 1, 0, 1, 1, 0)),
                bad("f1Hz must be finite and >= 0", () -> new LinearChirp(1, -2, 0, 1, 1, 0)),
                bad("startSec must be finite", () -> new LinearChirp(1, 2, NAN, 1, 1, 0)),
                bad("endSec must be > startSec = 1.0, got 1.0", () -> new LinearChirp(1, 2, 1, 1, 1, 0)),
                bad("amplitude must be finite and >= 0", () -> new LinearChirp(1, 2, 0, 1, NAN, 0)),
                bad("f0Hz must be finite and > 0, got 0.0", () -> new ExponentialChirp(0, 2, 0, 1, 1, 0)),
                bad("f1Hz must be finite and > 0", () -> new ExponentialChirp(1, -2, 0, 1, 1, 0)),
                bad("endSec must be > startSec", () -> new ExponentialChirp(1, 2, 2, 1, 1, 0)),
                bad("f1Hz must be below the Nyquist",
                        () -> new ExponentialChirp(100, 4000, 0, 1, 1, 0).addTo(new double[4], 8000)),
                bad("sampleIndex must be >= 0, got -1", () -> new Impulse(-1, 1)),
                bad("amplitude must be finite, got NaN", () -> new Impulse(0, NAN)),
                bad("firstSample must be >= 0", () -> new ImpulseTrain(-1, 1, 1, 1)),
                bad("periodSamples must be >= 1, got 0", () -> new ImpulseTrain(0, 0, 1, 1)),
                bad("count must be >= 1, got 0", () -> new ImpulseTrain(0, 1, 0, 1)),
                bad("count must keep the last index", () -> new ImpulseTrain(0, 1 << 20, 1 << 12, 1)),
                bad("j must be in [0, 2], got 3", () -> new ImpulseTrain(0, 1, 3, 1).sampleIndex(3)),
                bad("f0Hz must be finite and > 0", () -> new HarmonicTone(0, new double[] {1}, 0, 0, 0, GATE)),
                bad("harmonicAmplitudes must not be null", () -> new HarmonicTone(1, null, 0, 0, 0, GATE)),
                bad("harmonicAmplitudes must hold at least one", () -> new HarmonicTone(1, new double[0], 0, 0, 0, GATE)),
                bad("harmonicAmplitudes[1] must be finite and >= 0, got NaN",
                        () -> new HarmonicTone(1, new double[] {1, NAN}, 0, 0, 0, GATE)),
                bad("vibratoRateHz must be finite and >= 0", () -> new HarmonicTone(1, new double[] {1}, 0, -1, 0, GATE)),
                bad("vibratoDepthCents must be in [0, 1200.0], got 1300.0",
                        () -> new HarmonicTone(1, new double[] {1}, 0, 1, 1300, GATE)),
                bad("envelope must not be null", () -> new HarmonicTone(1, new double[] {1}, 0, 0, 0, null)),
                bad("k must be in [1, 1], got 2", () -> new HarmonicTone(1, new double[] {1}, 0, 0, 0, GATE)
                        .partialFrequencyHz(2, 0.5)),
                bad("harmonicCount must be >= 1", () -> HarmonicTone.withRolloff(100, 0, 1, 1, 0, 0, GATE)),
                bad("rolloffSlope must be finite", () -> HarmonicTone.withRolloff(100, 3, 1, NAN, 0, 0, GATE)),
                bad("startSec must be finite", () -> new Envelope(NAN, 1, 0, 0, Ramp.LINEAR)),
                bad("endSec must be finite", () -> new Envelope(0, INF, 0, 0, Ramp.LINEAR)),
                bad("attackSec must be finite and >= 0", () -> new Envelope(0, 1, -1, 0, Ramp.LINEAR)),
                bad("releaseSec must be finite and >= 0", () -> new Envelope(0, 1, 0, NAN, Ramp.LINEAR)),
                bad("attackSec + releaseSec must be <= endSec - startSec = 1.0, got 1.5",
                        () -> new Envelope(0, 1, 0.75, 0.75, Ramp.LINEAR)),
                bad("ramp must not be null", () -> new Envelope(0, 1, 0, 0, null)),
                bad("rampSec must be in [0, (endSec - startSec)/2 = 0.5], got 0.6",
                        () -> Envelope.raisedCosine(0, 1, 0.6)),
                bad("endSec must be > startSec", () -> Envelope.gate(1, 1)),
                bad("endSec must be > startSec = 1.0, got 0.0", () -> Envelope.raisedCosine(1, 0, 0.1)),
                bad("rms must be finite and >= 0", () -> new WhiteNoise(-1, 0)),
                bad("sampleRateHz must be finite and > 0", () -> Signal.render(NAN, 1)),
                bad("durationSec must be finite and > 0", () -> Signal.render(100, -1)),
                bad("components[1] must not be null", () -> Signal.render(100, 1, Signals.tone(1, 1), null)),
                bad("samples must not be null", () -> new Signal(null, 100, List.of())),
                bad("durationSec must be finite and >= 0.5 for the example", () -> Signals.example(44_100, 0.2)),
                bad("timeSec must be finite and >= 0", () -> Signals.impulseAt(-0.1, 100, 1)),
                bad("peakAmplitude must be finite and >= 0", () -> Signals.harmonicTone(100, 2, NAN, 0, 1)),
                bad("kind must be one of", () -> SignalKind.fromCliName("")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCalls")
    void invalidArgumentsFailWithAOneLineMessageNamingTheParameter(String messageStart, Executable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().startsWith(messageStart), "expected '" + messageStart + "…', got '"
                + e.getMessage() + "'");
        assertFalse(e.getMessage().contains("\n"), "message must be one line");
    }
}
