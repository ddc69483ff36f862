package tfr.signals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Array;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalTest {
    private static final double FS = 16_000;

    @Test
    void renderSumsTheComponentsAndKeepsThemAsTruth() {
        Component tone = Signals.tone(440, 0.25);
        Component chirp = Signals.linearChirp(100, 3000, 0.2, 0.8, 0.25);
        Component click = Signals.impulse(800, 0.5);
        Signal s = Signal.render(FS, 1.0, tone, chirp, click);
        double[] expected = new double[16_000];
        tone.addTo(expected, FS);
        chirp.addTo(expected, FS);
        click.addTo(expected, FS);
        assertArrayEquals(expected, s.samples(), 0.0); // same operations in the same order: bit-identical
        assertEquals(List.of(tone, chirp, click), s.components());
    }

    @Test
    void frameCountIsTheRoundedDurationTimesRate() {
        assertEquals(16_000, Signal.render(FS, 1.0).frameCount());
        assertEquals(3, Signal.render(1000, 0.0025).frameCount()); // 2.5 rounds up
        assertEquals(2, Signal.render(1000, 0.00249).frameCount());
        Signal s = Signal.render(44_100, 3.0);
        assertEquals(132_300, s.frameCount());
        assertEquals(3.0, s.durationSec(), 0.0);
        assertEquals(0.5, s.timeSec(22_050), 0.0);
    }

    @Test
    void samplesCannotBeChangedFromOutside() {
        double[] data = {1, 2, 3};
        Signal s = new Signal(data, 10, List.of());
        data[0] = 99;
        s.samples()[1] = 99;
        assertArrayEquals(new double[] {1, 2, 3}, s.samples(), 0.0);
        assertEquals(3.0, s.sample(2), 0.0);
        assertEquals(new Signal(new double[] {1, 2, 3}, 10, List.of()), s);
        assertEquals(new Signal(new double[] {1, 2, 3}, 10, List.of()).hashCode(), s.hashCode());
    }

    @Test
    void groundTruthListsEveryComponentWithItsKindInOrder() {
        Signal s = Signal.render(FS, 2.0,
                Signals.tone(300, 0.1),
                Signals.linearChirp(100, 2000, 0, 2, 0.1),
                Signals.exponentialChirp(100, 2000, 0, 2, 0.1),
                Signals.impulse(100, 0.1),
                new ImpulseTrain(10, 4000, 5, 0.1),
                Signals.harmonicTone(200, 3, 0.1, 0.5, 1.5),
                Signals.noise(0.01, 3));
        Map<String, Object> truth = s.groundTruth();
        assertEquals(FS, truth.get("sample_rate_hz"));
        assertEquals(32_000, truth.get("frame_count"));
        assertEquals(2.0, truth.get("duration_sec"));
        assertEquals(s.peakAbs(), truth.get("peak_abs"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> components = (List<Map<String, Object>>) truth.get("components");
        List<String> kinds = components.stream().map(c -> (String) c.get("kind")).toList();
        assertEquals(List.of("sinusoid", "linear_chirp", "exponential_chirp", "impulse", "impulse_train",
                "harmonic_tone", "white_noise"), kinds);
        assertEquals(100 / FS, components.get(3).get("time_sec")); // rate-dependent truth is filled in
        assertJsonFriendly(truth, "truth");
    }

    /** Only Map/List/Number/String/Boolean/arrays, string keys, and finite numbers (JSON has no NaN). */
    private static void assertJsonFriendly(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                assertTrue(e.getKey() instanceof String, path + " has a non-string key");
                assertJsonFriendly(e.getValue(), path + "." + e.getKey());
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertJsonFriendly(list.get(i), path + "[" + i + "]");
            }
        } else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                assertJsonFriendly(Array.get(value, i), path + "[" + i + "]");
            }
        } else if (value instanceof Double d) {
            assertTrue(Double.isFinite(d), path + " = " + d);
        } else if (!(value instanceof Number || value instanceof String || value instanceof Boolean)) {
            fail(path + " has unsupported type " + (value == null ? "null" : value.getClass()));
        }
    }

    @Test
    void toStringShowsShapeNotSamples() {
        Signal s = Signals.example(44_100);
        String text = s.toString();
        assertEquals("Signal[132300 frames, 44100.0 Hz, 3.0 s, components=[linear_chirp, harmonic_tone,"
                + " impulse_train]]", text);
    }

    @Test
    void rejectsDurationsThatGiveNoFrames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Signal.render(1000, 1e-4));
        assertTrue(e.getMessage().startsWith("durationSec must give between 1 and"), e.getMessage());
    }
}
