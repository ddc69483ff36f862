package tfr.signals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class HarmonicToneTest {
    private static final double FS = 44_100;
    private static final double[] AMPS = {0.3, 0.2, 0.1, 0.05, 0.025};
    private static final double F0 = 440;
    private static final double RATE = 5.5;
    private static final double CENTS = 50;
    private static final Envelope ENV = Envelope.raisedCosine(0.1, 1.9, 0.05);
    private static final HarmonicTone TONE = new HarmonicTone(F0, AMPS, 0.4, RATE, CENTS, ENV);

    /** The documented vibrato law, written independently of the generator. */
    private static double fundamental(double t) {
        return F0 * Math.pow(2, CENTS / 1200 * Math.sin(2 * Math.PI * RATE * (t - ENV.startSec())));
    }

    @Test
    void partialKIsKTimesTheVibratingFundamental() {
        for (double t = 0.1; t < 1.9; t += 0.0123) {
            double f0 = fundamental(t);
            assertEquals(f0, TONE.fundamentalHzAt(t), f0 * 1e-13); // same law, different rounding order
            for (int k = 1; k <= AMPS.length; k++) {
                assertEquals(k * f0, TONE.partialFrequencyHz(k, t), k * f0 * 1e-13);
                assertEquals(AMPS[k - 1] * ENV.gainAt(t), TONE.partialAmplitude(k, t), 1e-15);
            }
        }
        // At a quarter vibrato period after the onset sin = 1: the pitch is exactly +depth cents.
        double peak = ENV.startSec() + 1 / (4 * RATE);
        double cents = 1200 * Math.log(TONE.fundamentalHzAt(peak) / F0) / Math.log(2);
        assertEquals(CENTS, cents, 1e-9); // log/pow rounding ~1e-13 cents; 1e-9 is generous
        double trough = ENV.startSec() + 3 / (4 * RATE);
        assertEquals(-CENTS, 1200 * Math.log(TONE.fundamentalHzAt(trough) / F0) / Math.log(2), 1e-9);
        assertEquals(Double.NaN, TONE.partialFrequencyHz(3, 1.9));
        assertEquals(0.0, TONE.partialAmplitude(3, 1.95));
    }

    @Test
    void samplesEqualTheSumOfPartialsWithPhasesFromTheNumericalIntegralOfTheFrequency() {
        int frames = (int) (2 * FS);
        double[] out = new double[frames];
        TONE.addTo(out, FS);
        int first = 0;
        while (first / FS < ENV.startSec()) {
            first++;
        }
        DoubleUnaryOperator f0 = HarmonicToneTest::fundamental;
        double[] cycles = Numeric.cumulativeIntegral(f0, ENV.startSec(), first, frames, FS);
        double worst = 0;
        for (int n = 0; n < frames; n++) {
            double t = n / FS;
            if (!ENV.isActive(t)) {
                assertEquals(0.0, out[n], 0.0, "silent outside the envelope, n=" + n);
                continue;
            }
            double expected = 0;
            for (int k = 1; k <= AMPS.length; k++) {
                expected += AMPS[k - 1] * Math.cos(2 * Math.PI * k * cycles[n] + 0.4);
            }
            expected *= ENV.gainAt(t);
            worst = Math.max(worst, Math.abs(expected - out[n]));
        }
        // Simpson (4 steps per sample) truncation is ~1e-24 cycles per sample for this vibrato; the
        // compensated running sum holds ~1e-13 of ~800 cycles; times 2π·k ≤ 31 and Σa = 0.675 gives
        // ~1e-11. 1e-9 catches any wrong phase law (a 1e-6 relative error in V would show as ~5e-3).
        assertTrue(worst < 1e-9, "worst sample error " + worst);
    }

    @Test
    void closedFormVibratoIntegralMatchesQuadratureEvenForAnOctaveOfDepthAndLongTimes() {
        for (double cents : new double[] {1, 100, 1200}) {
            Vibrato v = new Vibrato(6.3, cents);
            DoubleUnaryOperator factor = s -> Math.pow(2, cents / 1200 * Math.sin(2 * Math.PI * 6.3 * s));
            for (double tau : new double[] {0.01, 0.0793, 1.0, 7.31}) {
                double quad = Numeric.simpson(factor, 0, tau, 2_000_000);
                // Simpson with h ≤ 3.7e-6 s: truncation ≤ τ·h⁴/180·max|v''''| ≈ 1e-16 even at 1200 cents
                // (|v''''| ≲ 2·(2π·6.3)⁴ ≈ 5e6); rounding of 2e6 compensated terms ~1e-15 relative.
                assertEquals(quad, v.integral(tau), Math.abs(quad) * 1e-12, "cents=" + cents + " tau=" + tau);
            }
        }
        assertEquals(2.5, new Vibrato(0, 50).integral(2.5), 0.0); // no rate: V(τ) = τ
        assertEquals(2.5, new Vibrato(5, 0).integral(2.5), 0.0); // no depth: V(τ) = τ
    }

    @Test
    void withoutVibratoPartialPhasesAreLinear() {
        HarmonicTone steady = new HarmonicTone(100, new double[] {1, 1}, 0.1, 0, 0, Envelope.gate(0, 10));
        // φ_k(t) = 0.1 + 2π·k·100·t; at t = 1.0025 s partial 1 has 100.25 cycles, partial 2 200.5
        assertEquals(Math.PI / 2 + 0.1, steady.partialPhaseRad(1, 1.0025), 1e-12);
        assertEquals(Numeric.wrap(Math.PI + 0.1), steady.partialPhaseRad(2, 1.0025), 1e-12);
        assertEquals(steady.partialPhaseRad(1, 3.3), steady.phaseRadAt(3.3), 0.0);
        assertEquals(Double.NaN, steady.partialPhaseRad(1, 10.0));
    }

    @Test
    void outputIsBoundedByTheSumOfAmplitudes() {
        // Zero phases make all partials peak together at the onset of each fundamental period.
        HarmonicTone peaky = new HarmonicTone(200, new double[] {0.4, 0.3, 0.2, 0.1}, 0, 4, 30, Envelope.gate(0, 1));
        double[] out = new double[(int) FS];
        peaky.addTo(out, FS);
        double peak = 0;
        for (double x : out) {
            peak = Math.max(peak, Math.abs(x));
        }
        assertTrue(peak <= peaky.amplitudeSum() + 1e-12, "peak " + peak); // 1e-12: rounding of a 4-term sum
        assertEquals(1.0, out[0], 1e-15); // all in phase at t = 0: the bound is reached
        assertEquals(1.0, peaky.amplitudeSum(), 1e-15);
    }

    @Test
    void rolloffFactoryFollowsThePowerLaw() {
        HarmonicTone t = HarmonicTone.withRolloff(110, 4, 0.8, 2, 0, 0, Envelope.gate(0, 1));
        assertArrayEquals(new double[] {0.8, 0.2, 0.8 / 9, 0.05}, t.harmonicAmplitudes(), 1e-15);
        assertEquals(4, t.harmonicCount());
        HarmonicTone sum = Signals.harmonicTone(440, 5, 0.35, 0, 1);
        assertEquals(0.35, sum.amplitudeSum(), 1e-15);
        assertEquals(sum.harmonicAmplitude(1) / 5, sum.harmonicAmplitude(5), 1e-15);
    }

    @Test
    void theAmplitudeArrayIsNotShared() {
        double[] amps = {0.5, 0.25};
        HarmonicTone t = new HarmonicTone(100, amps, 0, 0, 0, Envelope.gate(0, 1));
        amps[0] = 9;
        t.harmonicAmplitudes()[1] = 9;
        assertArrayEquals(new double[] {0.5, 0.25}, t.harmonicAmplitudes(), 0.0);
        assertEquals(new HarmonicTone(100, new double[] {0.5, 0.25}, 0, 0, 0, Envelope.gate(0, 1)), t);
        assertEquals(new HarmonicTone(100, new double[] {0.5, 0.25}, 0, 0, 0, Envelope.gate(0, 1)).hashCode(),
                t.hashCode());
        assertNotEquals(new HarmonicTone(100, new double[] {0.5, 0.26}, 0, 0, 0, Envelope.gate(0, 1)), t);
        assertTrue(t.toString().contains("2 harmonics"), t.toString());
    }

    @Test
    void rejectsAPartialThatCouldAliasAtTheVibratoPeak() {
        // 5 × 800 Hz = 4000 Hz is below Nyquist 4410 Hz, but +200 cents lifts it to 4490 Hz.
        HarmonicTone t = new HarmonicTone(800, new double[] {1, 1, 1, 1, 1}, 0, 5, 200, Envelope.gate(0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.addTo(new double[8], 8820));
        assertTrue(e.getMessage().startsWith("the highest partial k*f0Hz*2^(vibratoDepthCents/1200) must be below"),
                e.getMessage());
        // A silent 5th partial does not count.
        HarmonicTone quiet = new HarmonicTone(800, new double[] {1, 1, 1, 1, 0}, 0, 5, 200, Envelope.gate(0, 1));
        quiet.addTo(new double[8], 8820);
    }

    @Test
    void describesPartialsVibratoAndEnvelope() {
        Map<String, Object> d = TONE.describe();
        assertEquals("harmonic_tone", d.get("kind"));
        assertEquals(440.0, d.get("f0_hz"));
        assertEquals(5, d.get("harmonic_count"));
        assertArrayEquals(AMPS, (double[]) d.get("harmonic_amplitudes"), 0.0);
        assertEquals(5.5, d.get("vibrato_rate_hz"));
        assertEquals(50.0, d.get("vibrato_depth_cents"));
        assertEquals(ENV.describe(), d.get("envelope"));
    }
}
