package tfr.signals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImpulseTest {
    private static List<Integer> nonZeroIndices(double[] x) {
        List<Integer> indices = new ArrayList<>();
        for (int n = 0; n < x.length; n++) {
            if (x[n] != 0.0) {
                indices.add(n);
            }
        }
        return indices;
    }

    @Test
    void anImpulseIsExactlyOneNonZeroSampleAtItsIndex() {
        Signal s = Signal.render(48_000, 0.01, new Impulse(123, -0.7));
        assertEquals(List.of(123), nonZeroIndices(s.samples()));
        assertEquals(-0.7, s.sample(123), 0.0); // written, not computed: exact
    }

    @Test
    void itsTimeIsIndexOverRate() {
        Impulse i = new Impulse(24_000, 1);
        assertEquals(0.5, i.timeSec(48_000), 0.0);
        Map<String, Object> d = i.describe(48_000);
        assertEquals("impulse", d.get("kind"));
        assertEquals(24_000, d.get("sample_index"));
        assertEquals(0.5, d.get("time_sec"));
        assertEquals(Double.NaN, i.instantaneousFrequencyHz(0.5));
        assertEquals(Double.NaN, i.amplitudeAt(0.5));
    }

    @Test
    void impulseAtRoundsToTheNearestSample() {
        assertEquals(44_100, Signals.impulseAt(1.0, 44_100, 1).sampleIndex());
        assertEquals(3, Signals.impulseAt(2.6 / 1000, 1000, 1).sampleIndex());
        assertEquals(2, Signals.impulseAt(2.4 / 1000, 1000, 1).sampleIndex());
    }

    @Test
    void anImpulsePastTheEndIsRejectedNotDropped() {
        Impulse i = new Impulse(10, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> i.addTo(new double[10], 1000));
        assertTrue(e.getMessage().startsWith("sampleIndex must be < the signal length 10"), e.getMessage());
    }

    @Test
    void aTrainHasCountImpulsesPeriodSamplesApart() {
        ImpulseTrain train = new ImpulseTrain(7, 100, 9, 0.25);
        Signal s = Signal.render(1000, 1.0, train);
        List<Integer> indices = nonZeroIndices(s.samples());
        assertEquals(9, indices.size());
        for (int j = 0; j < indices.size(); j++) {
            assertEquals(7 + 100 * j, indices.get(j));
            assertEquals(0.25, s.sample(indices.get(j)), 0.0);
        }
        assertEquals(807, train.lastSample());
        assertArrayEquals(new int[] {7, 107, 207, 307, 407, 507, 607, 707, 807}, train.sampleIndices());
        assertEquals(0.1, train.periodSec(1000), 0.0);
        double[] times = train.timesSec(1000);
        assertEquals(0.007, times[0], 0.0);
        assertEquals(0.807, times[8], 0.0);
        Map<String, Object> d = train.describe(1000);
        assertEquals("impulse_train", d.get("kind"));
        assertEquals(9, d.get("count"));
        assertArrayEquals(train.sampleIndices(), (int[]) d.get("sample_indices"));
        assertArrayEquals(times, (double[]) d.get("times_sec"));
    }

    @Test
    void aTrainWhoseLastImpulseFallsOutsideIsRejected() {
        ImpulseTrain train = new ImpulseTrain(0, 100, 11, 1); // last at 1000 in a 1000-sample signal
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Signal.render(1000, 1.0, train));
        assertTrue(e.getMessage().startsWith("count must keep the last impulse inside the signal"), e.getMessage());
    }

    @Test
    void impulseTrainFactoryRoundsFirstAndPeriodToSamples() {
        ImpulseTrain t = Signals.impulseTrain(0.25, 0.5, 6, 44_100, 0.3);
        assertEquals(11_025, t.firstSample());
        assertEquals(22_050, t.periodSamples());
        assertEquals(6, t.count());
    }
}
