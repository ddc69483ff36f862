package tfr.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tfr.consensus.CellClass;
import tfr.peaks.Peak;

class TrackerTest {
    static final double HOP = 512 / 44100.0;

    static Peak peak(int m, double f, double amp, double rate, double phase) {
        double t = m * HOP;
        return new Peak(m, 0, t, f, amp, phase, rate, 0, CellClass.SINUSOID, t, Double.NaN, Double.NaN, 0);
    }

    /** Exact phase of a partial with frequency f0 + rate·t (so the phase term of the cost is 0). */
    static double phase(double f0, double rate, double t) {
        return Math.IEEEremainder(2 * Math.PI * (f0 * t + 0.5 * rate * t * t), 2 * Math.PI);
    }

    /**
     * A chirp crossing a steady partial: nearest-frequency tracking swaps them at the crossing; the
     * chirp-rate prediction and the joint assignment keep each on its own line. At the crossing
     * frame itself both peaks are merged into one (the steady one bridges the gap).
     */
    @Test
    void chirpCrossesSteadyPartial() {
        Tracker tr = new Tracker(TrackParams.of(20, 0));
        double rate = 3000; // Hz/s: 35 Hz per hop
        for (int m = 0; m < 40; m++) {
            double t = m * HOP;
            double fc = 700 + rate * t;
            List<Peak> ps = new ArrayList<>();
            ps.add(peak(m, 1000, 0.1, 0, phase(1000, 0, t)));
            if (Math.abs(fc - 1000) > 10) {
                ps.add(peak(m, fc, 0.3, rate, phase(700, rate, t)));
            }
            tr.add(ps);
        }
        List<List<Peak>> tracks = tr.finish();
        assertEquals(2, tracks.size(), "tracks: " + tracks.size());
        for (List<Peak> t : tracks) {
            boolean steady = Math.abs(t.get(0).freqHz() - 1000) < 1;
            for (Peak p : t) {
                double expect = steady ? 1000 : 700 + rate * p.timeSec();
                assertEquals(expect, p.freqHz(), 1e-9, "a peak of the " + (steady ? "steady" : "chirp") + " track");
            }
        }
    }

    @Test
    void gapsBridgeUpToTheLimitAndShortTracksDrop() {
        Tracker tr = new Tracker(new TrackParams(10, 2, 3 * HOP, 0.1, 0.2));
        for (int m = 0; m < 20; m++) {
            List<Peak> ps = new ArrayList<>();
            boolean gap2 = m == 5 || m == 6;           // bridged (2 frames)
            boolean gap3 = m >= 12 && m <= 14;         // too long: the track ends
            if (!gap2 && !gap3) {
                ps.add(peak(m, 440, 0.2, 0, phase(440, 0, m * HOP)));
            }
            if (m == 9) {
                ps.add(peak(m, 3000, 0.2, 0, 0)); // a one-frame blip: shorter than the minimum
            }
            tr.add(ps);
        }
        List<List<Peak>> tracks = tr.finish();
        assertEquals(2, tracks.size());
        assertEquals(10, tracks.get(0).size()); // frames 0–11 without 5 and 6
        assertEquals(5, tracks.get(1).size());  // frames 15–19
    }

    /**
     * The demo's crossing, as peaks: a louder chirp at 600 Hz/s passes a steady 880 Hz partial whose
     * peaks vanish while the chirp is within 74 Hz (0.25 s, 21 frames — as measured on Signals.example).
     * With occlusion bridging (zone 86 Hz = 2R of Hann 2048, 0.5 s) the steady partial stays one track
     * through it, although only 4 gap frames are allowed; without it, it breaks in two.
     */
    @Test
    void aLouderCrossingChirpDoesNotBreakASteadyPartial() {
        for (boolean bridge : new boolean[] {true, false}) {
            TrackParams params = TrackParams.of(21.5, 0).withMaxGapFrames(4);
            Tracker tr = new Tracker(bridge ? params.withOcclusion(86, 0.5) : params);
            int hidden = 0;
            for (int m = 0; m < 120; m++) {
                double t = m * HOP;
                double fc = 300 + 600 * t; // meets 880 Hz at t = 0.967 s (frame 83)
                List<Peak> ps = new ArrayList<>();
                if (Math.abs(fc - 880) > 74) {
                    ps.add(peak(m, 880, 0.08, 0, phase(880, 0, t)));
                } else {
                    hidden++;
                }
                if (Math.abs(fc - 880) > 10) {
                    ps.add(peak(m, fc, 0.3, 600, phase(300, 600, t)));
                }
                tr.add(ps);
            }
            assertTrue(hidden > 20, "the steady partial is hidden for " + hidden + " frames");
            List<List<Peak>> steady = tr.finish().stream().filter(t -> Math.abs(t.get(0).freqHz() - 880) < 1).toList();
            assertEquals(bridge ? 1 : 2, steady.size(), "steady tracks with bridging " + bridge);
            for (Peak p : steady.get(0)) {
                assertEquals(880, p.freqHz(), 1e-9, "the steady track holds only its own peaks");
            }
        }
    }

    /**
     * Occlusion needs a crossing: a louder <em>steady</em> neighbour 50 Hz away does not keep a track
     * that ended alive (it would bridge silence), nor does a quieter crossing component.
     */
    @Test
    void occlusionNeedsALouderMovingNeighbour() {
        TrackParams params = TrackParams.of(21.5, 0).withMaxGapFrames(2).withOcclusion(86, 0.5);
        // steady louder neighbour: the 880 Hz partial stops at frame 20 and restarts at frame 40
        Tracker tr = new Tracker(params);
        for (int m = 0; m < 60; m++) {
            double t = m * HOP;
            List<Peak> ps = new ArrayList<>();
            ps.add(peak(m, 930, 0.3, 0, phase(930, 0, t)));
            if (m < 20 || m >= 40) {
                ps.add(peak(m, 880, 0.08, 0, phase(880, 0, t)));
            }
            tr.add(ps);
        }
        assertEquals(2, tr.finish().stream().filter(t -> Math.abs(t.get(0).freqHz() - 880) < 1).count(),
                "a steady neighbour does not bridge a 20-frame silence");
        // a quieter crossing chirp does not mask a louder partial either
        tr = new Tracker(params);
        for (int m = 0; m < 120; m++) {
            double t = m * HOP;
            double fc = 300 + 600 * t;
            List<Peak> ps = new ArrayList<>();
            if (Math.abs(fc - 880) > 74) {
                ps.add(peak(m, 880, 0.3, 0, phase(880, 0, t)));
            }
            if (Math.abs(fc - 880) > 10) {
                ps.add(peak(m, fc, 0.08, 600, phase(300, 600, t)));
            }
            tr.add(ps);
        }
        assertEquals(2, tr.finish().stream().filter(t -> Math.abs(t.get(0).freqHz() - 880) < 1).count(),
                "a quieter chirp is no mask");
    }

    /** The per-component Hungarian solution equals brute force over all assignments. */
    @Test
    void hungarianIsOptimal() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rnd.nextInt(6);
            double[][] c = new double[n][n];
            for (double[] row : c) {
                for (int j = 0; j < n; j++) {
                    row[j] = rnd.nextDouble();
                }
            }
            int[] a = Tracker.hungarian(c);
            double got = 0;
            for (int i = 0; i < n; i++) {
                got += c[i][a[i]];
            }
            assertEquals(bruteForce(c, 0, new boolean[n]), got, 1e-12);
            int[] sorted = a.clone();
            java.util.Arrays.sort(sorted);
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            assertArrayEquals(perm, sorted);
        }
    }

    static double bruteForce(double[][] c, int row, boolean[] used) {
        if (row == c.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, c[row][j] + bruteForce(c, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }

    @Test
    void trackSlopeIsExactForQuadraticFrequency() {
        List<Peak> t = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
            double time = m * HOP + 1e-4 * m * m; // uneven spacing, as reassigned times are
            t.add(new Peak(m, 0, time, 500 + 100 * time + 2000 * time * time, 0.1, 0, 0, 0, CellClass.SINUSOID, time, 0, 0, 0));
        }
        for (int i = 0; i < t.size(); i++) {
            double time = t.get(i).timeSec();
            assertEquals(100 + 4000 * time, PartialBuilder.trackSlope(t, i), 1e-6);
        }
    }

    @Test
    void assignmentPrefersOneGoodLinkOverTwoPoorOnes() {
        Tracker tr = new Tracker(TrackParams.of(20, 0));
        tr.add(List.of(peak(0, 1000, 0.1, 0, 0), peak(0, 1030, 0.1, 0, 0)));
        // one peak at 1015: 15 Hz from both (cost 0.56 each) — only one of them may take it
        tr.add(List.of(peak(1, 1015, 0.1, 0, phase(1000, 0, HOP))));
        List<List<Peak>> tracks = tr.finish();
        assertEquals(2, tracks.size());
        assertTrue(tracks.stream().anyMatch(t -> t.size() == 2));
    }
}
