package tfr.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

class SynthParamsTest {
    private static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @Test
    void defaultsFollowLoris() {
        SynthParams p = SynthParams.of(44_100);
        assertEquals(44_100, p.sampleRateHz());
        assertEquals(0.001, p.fadeSec());
        assertEquals(BandwidthNoise.ON, p.noise());
        assertEquals(1L, p.noiseSeed());
        assertEquals(500, p.noiseBandwidthHz());
        assertEquals(22_050, p.nyquistHz());
        // A low sample rate keeps the noise band below Nyquist.
        assertEquals(200, SynthParams.of(800).noiseBandwidthHz());
    }

    @Test
    void withersChangeOneField() {
        SynthParams p = SynthParams.of(48_000).withFadeSec(0.005).withNoise(BandwidthNoise.OFF).withNoiseSeed(-7)
                .withNoiseBandwidthHz(250).withSampleRateHz(96_000);
        assertEquals(new SynthParams(96_000, 0.005, BandwidthNoise.OFF, -7, 250), p);
    }

    @Test
    void everyParameterIsValidatedWithAMessageNamingIt() {
        SynthParams ok = SynthParams.of(44_100);
        assertTrue(message(() -> SynthParams.of(0)).startsWith("sampleRateHz must be finite and > 0"));
        assertTrue(message(() -> ok.withSampleRateHz(Double.NaN)).startsWith("sampleRateHz must be finite and > 0, got NaN"));
        assertTrue(message(() -> ok.withSampleRateHz(Double.POSITIVE_INFINITY)).startsWith("sampleRateHz must be"));
        assertTrue(message(() -> ok.withFadeSec(-0.001)).startsWith("fadeSec must be finite and >= 0, got -0.001"));
        assertTrue(message(() -> ok.withFadeSec(Double.NaN)).startsWith("fadeSec must be"));
        assertTrue(message(() -> ok.withNoise(null)).startsWith("noise must not be null"));
        assertTrue(message(() -> ok.withNoiseBandwidthHz(0)).startsWith("noiseBandwidthHz must be in [sampleRateHz/100000"));
        assertTrue(message(() -> ok.withNoiseBandwidthHz(22_050)).contains("got 22050.0"));
        assertTrue(message(() -> ok.withNoiseBandwidthHz(Double.NaN)).startsWith("noiseBandwidthHz must be"));
        // Sample rate change that leaves the noise band above the new Nyquist.
        assertTrue(message(() -> ok.withSampleRateHz(800)).startsWith("noiseBandwidthHz must be"));
        for (String m : List.of(message(() -> SynthParams.of(-1)), message(() -> ok.withFadeSec(-1)))) {
            assertFalse(m.contains("\n"), m);
        }
    }

    @Test
    void synthesizerArgumentsAreValidated() {
        Synthesizer s = new Synthesizer(SynthParams.of(44_100));
        Partial p = Partial.of(List.of(Breakpoint.of(0, 100, 0.5, 0)));
        assertEquals("params must not be null", message(() -> new Synthesizer(null)));
        assertEquals("partial set must not be null", message(() -> s.render(null, 10)));
        assertEquals("lengthSamples must be >= 0, got -1", message(() -> s.render(PartialSet.empty(), -1)));
        assertEquals("output buffer must not be null", message(() -> s.addTo(null, p, 0)));
        assertEquals("partial must not be null", message(() -> s.addTo(new double[4], null, 0)));
        assertEquals("partial set must not be null", message(() -> s.lengthSamplesFor(null)));
    }

    @Test
    void toStringShowsUnitsNotArrays() {
        assertEquals("SynthParams[44100 Hz, fade 1 ms, bandwidth noise on (seed 1, 500 Hz low-pass)]",
                SynthParams.of(44_100).toString());
        assertEquals("SynthParams[48000 Hz, fade 5 ms, bandwidth noise off]",
                SynthParams.of(48_000).withFadeSec(0.005).withNoise(BandwidthNoise.OFF).toString());
        assertEquals("Synthesizer[SynthParams[48000 Hz, fade 5 ms, bandwidth noise off]]",
                new Synthesizer(SynthParams.of(48_000).withFadeSec(0.005).withNoise(BandwidthNoise.OFF)).toString());
    }
}
