package tfr.track;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tfr.peaks.Peak;

/**
 * Links the peaks of successive frames into tracks (the raw material of partials).
 *
 * <h2>Prediction and cost</h2>
 * A track ending in peak p predicts a candidate q's frequency from both chirp-rate estimates,
 * {@code f̃ = f_p + ½(α_p + α_q)(t_q − t_p)}, with α_p the least-squares slope of the track's last
 * few peaks (after a gap, α_p alone) (exact on a linear chirp, so a chirp is followed through a
 * harmonic it crosses instead of jumping to it), and its phase from the trapezoid of the frequencies,
 * {@code φ̃ = φ_p + π(f_p + f_q)(t_q − t_p)}. A link is allowed when |f_q − f̃| ≤ drift and costs
 * <pre>
 *   c = ((f_q − f̃)/drift)² + w_a·ln²(a_q/a_p) + w_φ·(wrap(φ_q − φ̃)/π)² / (1 + gap)
 * </pre>
 * Leaving a track or a peak unlinked costs 1 each, so a link is made only if it beats both staying
 * apart. The links of a frame are chosen <em>together</em>: the candidate graph is split into
 * connected components and each is solved exactly as a minimum-cost assignment (Hungarian algorithm) —
 * not greedily peak by peak.
 *
 * <h2>Gaps and ends</h2>
 * An unlinked track survives {@code maxGapFrames} frames (bridging a dropout; synthesis interpolates
 * across the gap with the phase of both ends) and then ends. Tracks shorter than {@code minDurationSec}
 * are dropped at the end.
 *
 * <h2>Occlusion: a chirp crossing a harmonic</h2>
 * Where a louder component passes within about a main-lobe width of a track, the two lobes overlap, the
 * weaker ridge's M and neighbourhood fail and it yields no peak — for 4R/|ρ| seconds at relative rate ρ
 * (the demo's 600 Hz/s chirp hides 880 and 1320 Hz for 0.23 s, 20 frames at hop 512, far beyond a few
 * gap frames). A frame in which the track is unlinked counts as <em>occluded</em>, not as a gap frame,
 * when some peak of that frame
 * <ul>
 *   <li>lies within {@code occlusionHz} of the track's predicted frequency f_p + α_p(t − t_p),</li>
 *   <li>is at least as loud as the track's last peak,</li>
 *   <li>belongs to a partial: it was just linked to an established track (at least {@value #SLOPE_PEAKS}
 *       peaks; a noise peak, new or short-lived, masks nothing — at Loris' R = 200 Hz the zone is 400 Hz
 *       wide and noise peaks in it kept weak violin harmonics alive and mislinked them), and</li>
 *   <li>moves relative to the track: its track's rate differs from α_p by at least
 *       {@link TrackParams#minCrossingRateHzPerSec()}, so it leaves the zone within
 *       {@code maxOcclusionSec} (a steady louder neighbour never keeps a dead track alive);</li>
 * </ul>
 * and the track is established (at least {@value #SLOPE_PEAKS} peaks, so its rate is a least-squares slope,
 * not one frame's α̂), slow (|α_p|·maxOcclusionSec ≤ occlusionHz: its prediction is only extrapolated
 * through a long occlusion if it stays within the zone — a 5-peak slope at a short hop scatters by kHz/s,
 * and at Loris' R = 200 Hz such extrapolations linked a violin partial from 4236 to 1321 Hz in 0.2 s)
 * and its last peak is at most {@code maxOcclusionSec} old. When the crossing has passed, the
 * track links as across any gap (prediction from its own rate, the drift test), so a harmonic stays
 * one partial across a chirp instead of two.
 *
 * <p>Feed frames in time order with {@link #add}; {@link #finish} returns the tracks by start time.
 */
public final class Tracker {
    /** Peaks used for a track's own chirp-rate estimate. */
    static final int SLOPE_PEAKS = 5;

    private final TrackParams params;
    private final List<Track> active = new ArrayList<>();
    private final List<Track> done = new ArrayList<>();
    private int framesSeen;

    /** A growing track: its peaks, the frames it has missed, and those of them that count as gap frames. */
    static final class Track {
        final List<Peak> peaks = new ArrayList<>();
        /** Consecutive frames without a peak (occluded or not): the prediction's and phase cost's reach. */
        int missed;
        /** Of those, the frames not explained by an occlusion: limited by maxGapFrames. */
        int gap;

        Peak last() {
            return peaks.get(peaks.size() - 1);
        }

        /**
         * The track's recent chirp rate: the least-squares slope of frequency over its last
         * {@value #SLOPE_PEAKS} peaks (3 or more), else the last peak's own α̂. Steadier than one
         * frame's α̂, which matters when a gap makes the prediction reach far.
         */
        double rateHzPerSec() {
            int n = Math.min(SLOPE_PEAKS, peaks.size());
            if (n < 3) {
                return last().chirpRateHzPerSec();
            }
            double st = 0;
            double sf = 0;
            for (int i = peaks.size() - n; i < peaks.size(); i++) {
                st += peaks.get(i).timeSec();
                sf += peaks.get(i).freqHz();
            }
            st /= n;
            sf /= n;
            double num = 0;
            double den = 0;
            for (int i = peaks.size() - n; i < peaks.size(); i++) {
                double dt = peaks.get(i).timeSec() - st;
                num += dt * (peaks.get(i).freqHz() - sf);
                den += dt * dt;
            }
            return den > 0 ? num / den : last().chirpRateHzPerSec();
        }
    }

    public Tracker(TrackParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params must not be null");
        }
        this.params = params;
    }

    public TrackParams params() {
        return params;
    }

    /**
     * Links the next frame's peaks (any order) to the active tracks.
     *
     * @return the peaks of this frame that start a new track (by increasing frequency)
     */
    public List<Peak> add(List<Peak> framePeaks) {
        framesSeen++;
        Peak[] q = framePeaks.toArray(new Peak[0]);
        Arrays.sort(q, (a, b) -> Double.compare(a.freqHz(), b.freqHz()));
        int na = active.size();
        int nq = q.length;
        // candidate links (track i, peak j, cost)
        List<double[]> edges = new ArrayList<>();
        double drift = params.driftHz();
        double maxRate = 0;
        double maxTime = Double.NEGATIVE_INFINITY;
        for (Peak c : q) {
            maxRate = Math.max(maxRate, Math.abs(c.chirpRateHzPerSec()));
            maxTime = Math.max(maxTime, c.timeSec());
        }
        for (int i = 0; i < na; i++) {
            Track tr = active.get(i);
            Peak p = tr.last();
            double rateP = tr.rateHzPerSec();
            // the prediction moves at most (|α_p| + max|α_q|)/2·Δt from f_p
            double reach = drift + 0.5 * (Math.abs(rateP) + maxRate) * Math.max(0, maxTime - p.timeSec());
            for (int j = lowerBound(q, p.freqHz() - reach); j < nq && q[j].freqHz() <= p.freqHz() + reach; j++) {
                Peak c = q[j];
                double dt = c.timeSec() - p.timeSec();
                if (!(dt > 0)) {
                    continue;
                }
                // across a gap the candidate's single α̂ is not trusted to reach far: the track's own rate
                double rate = tr.missed == 0 ? 0.5 * (rateP + c.chirpRateHzPerSec()) : rateP;
                double pred = p.freqHz() + rate * dt;
                double d = c.freqHz() - pred;
                if (Math.abs(d) > drift) {
                    continue;
                }
                double cost = (d / drift) * (d / drift);
                if (p.amp() > 0 && c.amp() > 0) {
                    double la = Math.log(c.amp() / p.amp());
                    cost += params.ampWeight() * la * la;
                }
                double phiPred = p.phaseRad() + Math.PI * (p.freqHz() + c.freqHz()) * dt;
                double dphi = Math.IEEEremainder(c.phaseRad() - phiPred, 2 * Math.PI) / Math.PI;
                cost += params.phaseWeight() * dphi * dphi / (1 + tr.missed);
                edges.add(new double[] {i, j, cost});
            }
        }
        int[] trackToPeak = new int[na];
        Arrays.fill(trackToPeak, -1);
        assign(na, nq, edges, trackToPeak);
        boolean[] used = new boolean[nq];
        Track[] owner = new Track[nq];
        for (int i = 0; i < na; i++) {
            if (trackToPeak[i] >= 0) {
                Track tr = active.get(i);
                tr.peaks.add(q[trackToPeak[i]]);
                used[trackToPeak[i]] = true;
                owner[trackToPeak[i]] = tr;
                tr.gap = 0;
                tr.missed = 0;
            }
        }
        List<Track> next = new ArrayList<>();
        for (int i = 0; i < na; i++) {
            Track tr = active.get(i);
            if (trackToPeak[i] >= 0) {
                next.add(tr);
            } else if (occluded(tr, q, owner)) {
                tr.missed++;
                next.add(tr);
            } else if (tr.gap < params.maxGapFrames()) {
                tr.gap++;
                tr.missed++;
                next.add(tr);
            } else {
                done.add(tr);
            }
        }
        List<Peak> started = new ArrayList<>();
        for (int j = 0; j < nq; j++) {
            if (!used[j]) {
                Track tr = new Track();
                tr.peaks.add(q[j]);
                next.add(tr);
                started.add(q[j]);
            }
        }
        active.clear();
        active.addAll(next);
        return started;
    }

    /**
     * Whether unlinked track {@code tr} is masked in this frame by a louder peak crossing it (see the
     * class comment). {@code owner[j]} is the track peak j was just linked to, or null.
     */
    private boolean occluded(Track tr, Peak[] q, Track[] owner) {
        if (!params.bridgesOcclusions() || q.length == 0 || tr.peaks.size() < SLOPE_PEAKS) {
            return false;
        }
        Peak p = tr.last();
        double t = q[0].frameTimeSec();
        if (!(t - p.timeSec() <= params.maxOcclusionSec())) {
            return false;
        }
        double rateP = tr.rateHzPerSec();
        double zone = params.occlusionHz();
        if (Math.abs(rateP) * params.maxOcclusionSec() > zone) {
            return false; // a fast-moving track cannot be extrapolated through a long occlusion
        }
        double predicted = p.freqHz() + rateP * (t - p.timeSec());
        double minRelativeRate = params.minCrossingRateHzPerSec();
        for (int j = lowerBound(q, predicted - zone); j < q.length && q[j].freqHz() <= predicted + zone; j++) {
            Peak c = q[j];
            if (c.amp() < p.amp()) {
                continue;
            }
            // the mask must be a partial, not a noise peak: a peak just linked to an established track
            if (owner[j] == null || owner[j] == tr || owner[j].peaks.size() < SLOPE_PEAKS) {
                continue;
            }
            if (Math.abs(owner[j].rateHzPerSec() - rateP) >= minRelativeRate) {
                return true;
            }
        }
        return false;
    }

    /** Ends every track and returns those lasting at least minDurationSec, by start time (then frequency). */
    public List<List<Peak>> finish() {
        done.addAll(active);
        active.clear();
        List<List<Peak>> out = new ArrayList<>();
        for (Track t : done) {
            double dur = t.last().timeSec() - t.peaks.get(0).timeSec();
            if (dur >= params.minDurationSec()) {
                out.add(List.copyOf(t.peaks));
            }
        }
        done.clear();
        out.sort((a, b) -> {
            int c = Double.compare(a.get(0).timeSec(), b.get(0).timeSec());
            return c != 0 ? c : Double.compare(a.get(0).freqHz(), b.get(0).freqHz());
        });
        return out;
    }

    /** Frames added so far. */
    public int framesSeen() {
        return framesSeen;
    }

    private static int lowerBound(Peak[] q, double f) {
        int lo = 0;
        int hi = q.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (q[mid].freqHz() < f) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Minimum-cost assignment with unit costs for leaving a track or a peak unlinked, solved exactly
     * per connected component of the candidate graph.
     */
    static void assign(int na, int nq, List<double[]> edges, int[] trackToPeak) {
        if (edges.isEmpty()) {
            return;
        }
        // union-find over tracks 0..na-1 and peaks na..na+nq-1
        int[] parent = new int[na + nq];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (double[] e : edges) {
            union(parent, (int) e[0], na + (int) e[1]);
        }
        java.util.Map<Integer, List<double[]>> byRoot = new java.util.HashMap<>();
        for (double[] e : edges) {
            byRoot.computeIfAbsent(find(parent, (int) e[0]), k -> new ArrayList<>()).add(e);
        }
        for (List<double[]> comp : byRoot.values()) {
            if (comp.size() == 1) {
                double[] e = comp.get(0);
                if (e[2] < 2.0) { // a link beats leaving both unlinked (1 + 1)
                    trackToPeak[(int) e[0]] = (int) e[1];
                }
                continue;
            }
            solveComponent(comp, trackToPeak);
        }
    }

    private static void solveComponent(List<double[]> comp, int[] trackToPeak) {
        java.util.Map<Integer, Integer> tIdx = new java.util.LinkedHashMap<>();
        java.util.Map<Integer, Integer> pIdx = new java.util.LinkedHashMap<>();
        for (double[] e : comp) {
            tIdx.putIfAbsent((int) e[0], tIdx.size());
            pIdx.putIfAbsent((int) e[1], pIdx.size());
        }
        int a = tIdx.size();
        int b = pIdx.size();
        int n = a + b;
        double big = 1e9;
        double[][] c = new double[n][n];
        // rows: tracks then dummy rows (one per peak); columns: peaks then dummy columns (one per track)
        for (double[] row : c) {
            Arrays.fill(row, big);
        }
        for (double[] e : comp) {
            c[tIdx.get((int) e[0])][pIdx.get((int) e[1])] = e[2];
        }
        for (int i = 0; i < a; i++) {
            c[i][b + i] = 1.0; // track unlinked
        }
        for (int j = 0; j < b; j++) {
            c[a + j][j] = 1.0; // peak unlinked
        }
        for (int i = a; i < n; i++) {
            for (int j = b; j < n; j++) {
                c[i][j] = 0.0; // dummy to dummy
            }
        }
        int[] colOfRow = hungarian(c);
        int[] tracks = tIdx.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] peaks = pIdx.keySet().stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < a; i++) {
            int j = colOfRow[i];
            if (j < b && c[i][j] < big) {
                trackToPeak[tracks[i]] = peaks[j];
            }
        }
    }

    /** Hungarian algorithm (Kuhn–Munkres with potentials), O(n³): the column assigned to each row. */
    static int[] hungarian(double[][] cost) {
        int n = cost.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] usedCol = new boolean[n + 1];
            do {
                usedCol[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!usedCol[j]) {
                        double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (usedCol[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] colOfRow = new int[n];
        for (int j = 1; j <= n; j++) {
            colOfRow[p[j] - 1] = j - 1;
        }
        return colOfRow;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[ra] = rb;
        }
    }

    @Override
    public String toString() {
        return "Tracker[" + params + ", " + active.size() + " active, " + done.size() + " ended, " + framesSeen + " frames]";
    }
}
