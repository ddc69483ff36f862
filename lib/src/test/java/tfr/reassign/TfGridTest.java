package tfr.reassign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class TfGridTest {

    @Test
    void totalEqualsSumOfInRangeWeights() {
        TfGrid grid = TfGrid.linear(1.0, 3.0, 50, 100.0, 5000.0, 40);
        Random rnd = new Random(42);
        double expected = 0;
        long landed = 0;
        for (int i = 0; i < 20_000; i++) {
            double t = 0.5 + 3.0 * rnd.nextDouble(); // 0.5 .. 3.5: about a third outside
            double f = 5500.0 * rnd.nextDouble();   // 0 .. 5500: some below and above
            double w = rnd.nextDouble();
            grid.add(t, f, w);
            if (t >= 1.0 && t < 3.0 && f >= 100.0 && f < 5000.0) {
                expected += w;
                landed++;
            }
        }
        assertTrue(landed > 5_000 && landed < 20_000, "the test must exercise both landing and dropping");
        // Same weights summed in another order: relative error <= n * 2^-53 ~ 2e-12 for n = 2e4.
        assertEquals(expected, grid.total(), 1e-11 * expected);
        assertEquals(landed, grid.pointCount());
    }

    @Test
    void linearMappingIsExactAtCellEdges() {
        // Dyadic axes: 0.5 s and 64 Hz per cell, so every edge is exactly representable.
        TfGrid grid = TfGrid.linear(0.0, 8.0, 16, 0.0, 1024.0, 16);
        assertEquals(0, grid.timeIndexOf(0.0));
        assertEquals(0, grid.timeIndexOf(Math.nextDown(0.5)));
        assertEquals(1, grid.timeIndexOf(0.5));
        assertEquals(15, grid.timeIndexOf(Math.nextDown(8.0)));
        assertEquals(-1, grid.timeIndexOf(8.0), "t1Sec is exclusive");
        assertEquals(-1, grid.timeIndexOf(-Double.MIN_VALUE));
        assertEquals(0, grid.freqIndexOf(0.0));
        assertEquals(0, grid.freqIndexOf(Math.nextDown(64.0)));
        assertEquals(1, grid.freqIndexOf(64.0));
        assertEquals(15, grid.freqIndexOf(Math.nextDown(1024.0)));
        assertEquals(-1, grid.freqIndexOf(1024.0), "f1Hz is exclusive");

        grid.add(0.5, 64.0, 2.0);
        grid.add(Math.nextDown(8.0), Math.nextDown(1024.0), 3.0);
        grid.add(0.0, 0.0, 5.0);
        assertEquals(2.0, grid.value(1, 1));
        assertEquals(3.0, grid.value(15, 15));
        assertEquals(5.0, grid.value(0, 0));
        assertEquals(10.0, grid.total());
    }

    @Test
    void pointJustBelowEndLandsInLastCellOnNonDyadicAxes() {
        TfGrid grid = TfGrid.linear(0.1, 0.7, 3, 10.0, 10.3, 7);
        grid.add(Math.nextDown(0.7), Math.nextDown(10.3), 1.0);
        assertEquals(1.0, grid.value(2, 6));
        assertEquals(1, grid.pointCount());
    }

    @Test
    void cellCentresMapBackToTheirCells() {
        for (TfGrid grid : new TfGrid[] {
            TfGrid.linear(0.1, 0.7, 6, 10.0, 10.3, 7), TfGrid.log(-2.0, 5.0, 13, 27.5, 14080.0, 97)}) {
            for (int i = 0; i < grid.timePx(); i++) {
                assertEquals(i, grid.timeIndexOf(grid.timeSecAt(i)), grid + " time " + i);
            }
            for (int j = 0; j < grid.freqPx(); j++) {
                assertEquals(j, grid.freqIndexOf(grid.freqHzAt(j)), grid + " freq " + j);
            }
        }
    }

    @Test
    void logMappingGivesEqualRatiosPerCell() {
        // 100 .. 1600 Hz in 4 cells: each cell spans one octave (ratio 2).
        TfGrid grid = TfGrid.log(0.0, 1.0, 1, 100.0, 1600.0, 4);
        // Log edges are not exactly representable; probe 1e-9 (relative) either side of each edge,
        // far beyond the ~1e-16 rounding of ln and far inside the octave.
        double eps = 1e-9;
        assertEquals(0, grid.freqIndexOf(100.0));
        double[] edges = {200.0, 400.0, 800.0};
        for (int k = 0; k < edges.length; k++) {
            assertEquals(k, grid.freqIndexOf(edges[k] * (1 - eps)));
            assertEquals(k + 1, grid.freqIndexOf(edges[k] * (1 + eps)));
        }
        assertEquals(3, grid.freqIndexOf(Math.nextDown(1600.0)));
        assertEquals(-1, grid.freqIndexOf(1600.0));
        assertEquals(-1, grid.freqIndexOf(99.999));
        // Centres are geometric means of the edges: sqrt(100 * 200), ...
        assertEquals(Math.sqrt(100.0 * 200.0), grid.freqHzAt(0), 1e-9 * 141.0); // rounding of exp/ln only
        assertEquals(Math.sqrt(800.0 * 1600.0), grid.freqHzAt(3), 1e-9 * 1131.0);
        grid.add(0.5, 300.0, 1.0);
        grid.add(0.5, 1000.0, 2.0);
        assertEquals(1.0, grid.value(0, 1));
        assertEquals(2.0, grid.value(0, 3));
        assertEquals(FrequencyScale.LOG, grid.scale());
    }

    @Test
    void outOfRangeAndNonFiniteCoordinatesAreDropped() {
        TfGrid grid = TfGrid.linear(0.0, 1.0, 10, 0.0, 100.0, 10);
        double[][] points = {
            {Double.NaN, 50}, {0.5, Double.NaN}, {Double.POSITIVE_INFINITY, 50}, {Double.NEGATIVE_INFINITY, 50},
            {0.5, Double.POSITIVE_INFINITY}, {0.5, Double.NEGATIVE_INFINITY}, {-0.1, 50}, {1.0, 50}, {0.5, -1},
            {0.5, 100.0}, {2.0, 200.0},
        };
        for (double[] p : points) {
            grid.add(p[0], p[1], 1.0);
        }
        assertEquals(0.0, grid.total());
        assertEquals(0, grid.pointCount());
        assertEquals(0.0, grid.max());
        TfGrid logGrid = TfGrid.log(0.0, 1.0, 10, 20.0, 20000.0, 10);
        logGrid.add(0.5, 0.0, 1.0);
        logGrid.add(0.5, -100.0, 1.0);
        logGrid.add(0.5, 19.99, 1.0);
        assertEquals(0, logGrid.pointCount());
    }

    @Test
    void badWeightsAreRejectedNotSilentlyAccumulated() {
        TfGrid grid = TfGrid.linear(0.0, 1.0, 10, 0.0, 100.0, 10);
        assertBadArgument("weight", () -> grid.add(0.5, 50.0, Double.NaN));
        assertBadArgument("weight", () -> grid.add(0.5, 50.0, Double.POSITIVE_INFINITY));
        assertBadArgument("weight", () -> grid.add(0.5, 50.0, -1.0));
        grid.add(0.5, 50.0, 0.0);
        assertEquals(1, grid.pointCount(), "a zero weight is a point that landed");
    }

    @Test
    void storageIsTimeMajorAndValuesIsACopy() {
        TfGrid grid = TfGrid.linear(0.0, 4.0, 4, 0.0, 5.0, 5);
        grid.add(2.5, 3.5, 7.0); // timeIx 2, freqIx 3
        double[] values = grid.values();
        assertEquals(20, values.length);
        assertEquals(7.0, values[2 * 5 + 3]);
        values[2 * 5 + 3] = 0.0;
        assertEquals(7.0, grid.value(2, 3), "values() must not expose the storage");
        assertEquals(7.0, grid.max());
    }

    @Test
    void addAllMergesCellsAndCounts() {
        TfGrid a = TfGrid.log(0.0, 2.0, 20, 50.0, 8000.0, 30);
        TfGrid b = TfGrid.like(a);
        assertTrue(a.sameAxes(b));
        assertEquals(0, b.pointCount());
        Random rnd = new Random(7);
        for (int i = 0; i < 1000; i++) {
            a.add(2 * rnd.nextDouble(), 50 + 7950 * rnd.nextDouble(), rnd.nextDouble());
            b.add(2 * rnd.nextDouble(), 50 + 7950 * rnd.nextDouble(), rnd.nextDouble());
        }
        double[] expected = a.values();
        double[] bValues = b.values();
        for (int i = 0; i < expected.length; i++) {
            expected[i] += bValues[i];
        }
        long expectedPoints = a.pointCount() + b.pointCount();
        a.addAll(b);
        assertArrayEquals(expected, a.values()); // identical additions, identical rounding
        assertEquals(expectedPoints, a.pointCount());
        assertEquals(bValues.length, b.values().length);
        assertArrayEquals(bValues, b.values(), "the merged-in grid is unchanged");
    }

    @Test
    void addAllRejectsDifferentAxes() {
        TfGrid a = TfGrid.linear(0.0, 1.0, 10, 20.0, 100.0, 10);
        assertBadArgument("other", () -> a.addAll(TfGrid.linear(0.0, 1.0, 11, 20.0, 100.0, 10)));
        assertBadArgument("other", () -> a.addAll(TfGrid.linear(0.0, 1.0, 10, 20.0, 101.0, 10)));
        assertBadArgument("other", () -> a.addAll(TfGrid.log(0.0, 1.0, 10, 20.0, 100.0, 10)));
        assertBadArgument("other", () -> a.addAll(TfGrid.linear(0.0, 2.0, 10, 20.0, 100.0, 10)));
        assertFalse(a.sameAxes(null));
    }

    @Test
    void invalidArgumentsNameTheParameter() {
        assertBadArgument("timePx", () -> TfGrid.linear(0, 1, 0, 0, 100, 10));
        assertBadArgument("freqPx", () -> TfGrid.linear(0, 1, 10, 0, 100, -3));
        assertBadArgument("t1Sec", () -> TfGrid.linear(1, 1, 10, 0, 100, 10));
        assertBadArgument("f1Hz", () -> TfGrid.linear(0, 1, 10, 100, 50, 10));
        assertBadArgument("t0Sec", () -> TfGrid.linear(Double.NaN, 1, 10, 0, 100, 10));
        assertBadArgument("f1Hz", () -> TfGrid.linear(0, 1, 10, 0, Double.POSITIVE_INFINITY, 10));
        assertBadArgument("f0Hz", () -> TfGrid.log(0, 1, 10, 0, 100, 10));
        assertBadArgument("f0Hz", () -> TfGrid.log(0, 1, 10, -5, 100, 10));
        assertBadArgument("timePx * freqPx", () -> TfGrid.linear(0, 1, 100_000, 0, 100, 100_000));
        TfGrid grid = TfGrid.linear(0, 1, 10, 0, 100, 5);
        assertBadArgument("timeIx", () -> grid.value(10, 0));
        assertBadArgument("freqIx", () -> grid.value(0, -1));
        assertBadArgument("timeIx", () -> grid.timeSecAt(-1));
        assertBadArgument("freqIx", () -> grid.freqHzAt(5));
    }

    @Test
    void accessorsAndToStringShowShapeAndUnits() {
        TfGrid grid = TfGrid.linear(0.0, 300.0, 2000, 0.0, 22050.0, 1000);
        assertEquals(2000, grid.timePx());
        assertEquals(1000, grid.freqPx());
        assertEquals(0.0, grid.t0Sec());
        assertEquals(300.0, grid.t1Sec());
        assertEquals(0.0, grid.f0Hz());
        assertEquals(22050.0, grid.f1Hz());
        assertEquals(FrequencyScale.LINEAR, grid.scale());
        assertEquals(0.075, grid.timeSecAt(0), 1e-12); // half of a 0.15 s cell; rounding only
        assertEquals(11.025, grid.freqHzAt(0), 1e-9);  // half of a 22.05 Hz cell; rounding only
        grid.add(1.0, 440.0, 1.0);
        assertEquals("TfGrid[2000 x 1000 px, 0.000–300.000 s, 0.0–22050.0 Hz LINEAR, 1 points]", grid.toString());
    }

    private static void assertBadArgument(String parameter, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(parameter), "message should name " + parameter + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one-line message: " + e.getMessage());
    }
}
