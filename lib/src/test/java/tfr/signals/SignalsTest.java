package tfr.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignalsTest {

    @ParameterizedTest
    @ValueSource(doubles = {8_000, 22_050, 44_100, 48_000, 96_000})
    void exampleStaysWithinFullScaleAtEveryCommonRate(double fs) {
        Signal s = Signals.example(fs);
        // Component amplitudes sum to 0.95 (chirp 0.3 + tone 0.35 + clicks 0.3); 1e-12 covers rounding.
        assertTrue(s.peakAbs() <= 0.95 + 1e-12, "peak " + s.peakAbs());
        assertEquals(3.0, s.durationSec(), 0.5 / fs);
    }

    @Test
    void exampleIsClicksChirpAndTones() {
        double fs = 44_100;
        Signal s = Signals.example(fs);
        assertEquals(List.of("linear_chirp", "harmonic_tone", "impulse_train"),
                s.components().stream().map(Component::kind).toList());
        LinearChirp chirp = (LinearChirp) s.components().get(0);
        assertEquals(200, chirp.instantaneousFrequencyHz(0), 0.0);
        assertEquals(1100, chirp.instantaneousFrequencyHz(1.5), 1e-9);
        assertEquals(0.0, s.sample(0), 1e-16); // phase −π/2: the chirp starts at zero (cos(−π/2) ≈ 6e-17)
        HarmonicTone tone = (HarmonicTone) s.components().get(1);
        assertEquals(5, tone.harmonicCount());
        assertEquals(440 * 3, tone.partialFrequencyHz(3, 1.5), 0.0);
        ImpulseTrain clicks = (ImpulseTrain) s.components().get(2);
        double[] times = clicks.timesSec(fs);
        assertEquals(6, times.length);
        for (int j = 0; j < times.length; j++) {
            assertEquals(0.25 + 0.5 * j, times[j], 1e-15); // 11025 + 22050 j samples: exact at 44.1 kHz
        }
    }

    @ParameterizedTest
    @EnumSource(SignalKind.class)
    void everyKindRendersWithinFullScaleAtLowAndHighRates(SignalKind kind) {
        for (double fs : new double[] {8_000, 44_100}) {
            Signal s = kind.render(fs, 1.0);
            assertEquals((int) fs, s.frameCount());
            assertTrue(s.peakAbs() > 0, kind + " is silent");
            for (double x : s.samples()) {
                assertTrue(Double.isFinite(x));
            }
            if (kind != SignalKind.NOISE) {
                // deterministic kinds: amplitudes sum to at most 0.95
                assertTrue(s.peakAbs() <= 0.95 + 1e-12, kind + " peak " + s.peakAbs());
            }
            assertTrue(kind.description().length() > 10);
        }
    }

    @Test
    void cliNamesAreTheDocumentedOnesAndRoundTrip() {
        assertEquals(List.of("tone", "chirp", "exp-chirp", "impulse", "impulses", "harmonic", "noise", "example"),
                SignalKind.cliNames());
        for (SignalKind kind : SignalKind.values()) {
            assertEquals(kind, SignalKind.fromCliName(kind.cliName()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SignalKind.fromCliName("sine"));
        assertEquals("kind must be one of [tone, chirp, exp-chirp, impulse, impulses, harmonic, noise, example],"
                + " got sine", e.getMessage());
    }

    @Test
    void shortKindsStillFit() {
        Signal impulses = SignalKind.IMPULSES.render(1000, 0.05); // first click (0.125 s) would not fit
        assertEquals(1, ((ImpulseTrain) impulses.components().get(0)).count());
        assertEquals(25, ((ImpulseTrain) impulses.components().get(0)).firstSample());
        Signal example = Signals.example(8000, 0.5);
        assertEquals(1, ((ImpulseTrain) example.components().get(2)).count());
    }
}
