package tfr.analysis;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.DoubleConsumer;
import tfr.reassign.FrequencyScale;
import tfr.reassign.PointCloud;
import tfr.reassign.Placement;
import tfr.reassign.ReassignOrder;
import tfr.reassign.ReassignParams;
import tfr.reassign.ReassignedFrame;
import tfr.reassign.ReassignedSpectrogram;
import tfr.reassign.Reassigner;
import tfr.reassign.TfGrid;
import tfr.render.SpectrogramImage;

/**
 * The one composition point of TFR Lab's pipeline (in the spirit of Loris' Analyzer): builds the
 * window, STFT and reassignment stages from one {@link AnalysisParams} and runs them over a signal.
 * The command line and the notebooks call it; teaching notebooks also call each stage on its own.
 *
 * <p>Stages so far: window → auxiliary STFTs → reassignment → (grid accumulation, point cloud).
 * Long signals are streamed frame block by frame block: memory stays bounded except for what a
 * caller chooses to keep.
 */
public final class Analyzer {
    private final AnalysisParams params;
    private final ModelParams model;
    private final int threads;

    /** An analyzer with the default additive-model settings ({@link ModelParams#defaults()}). */
    public Analyzer(AnalysisParams params) {
        this(params, ModelParams.defaults());
    }

    public Analyzer(AnalysisParams params, ModelParams model) {
        this(params, model, Runtime.getRuntime().availableProcessors());
    }

    private Analyzer(AnalysisParams params, ModelParams model, int threads) {
        if (params == null || model == null) {
            throw new IllegalArgumentException("params and model must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.params = params;
        this.model = model;
        this.threads = threads;
    }

    /** This analyzer on {@code n} worker threads (1: everything on the calling thread; default: all processors). */
    public Analyzer withThreads(int n) {
        return new Analyzer(params, model, n);
    }

    public AnalysisParams params() {
        return params;
    }

    public ModelParams model() {
        return model;
    }

    /**
     * The reassigned additive model of a signal: reassignment → pruning and consensus → peaks (with
     * amplitude and phase corrected at the reassigned point) → tracking → track-derived chirp rates and
     * re-read phases → extension through the cut end frames → partials with fade end points.
     * Second-order reassignment is needed for the impulse/chirp classification and the chirp term;
     * with first order every ridge that passes the neighbourhood consensus is kept.
     *
     * @param x            the signal
     * @param sampleRateHz its rate
     * @param progress     stage reports (may be {@link Progress#NONE})
     */
    public PartialAnalysis partials(double[] x, double sampleRateHz, Progress progress) {
        if (x == null) {
            throw new IllegalArgumentException("signal must not be null");
        }
        Progress report = progress == null ? Progress.NONE : progress;
        tfr.stft.FrameParams fp = params.frameParams(sampleRateHz);
        Reassigner reassigner = new Reassigner(params.reassignParams(sampleRateHz), threads);
        tfr.peaks.PeakParams peakParams = model.peakParams(fp);
        tfr.track.Tracker tracker = new tfr.track.Tracker(model.trackParams(fp));
        tfr.phase.EdgeFit edgeFit = new tfr.phase.EdgeFit(fp);
        boolean fitEdges = model.edges() == ModelParams.EdgeHandling.FIT
                && fp.edges() == tfr.stft.EdgePolicy.CENTRED;
        int length = x.length;
        java.util.List<ReassignedFrame> startFrames = new java.util.ArrayList<>();
        java.util.List<ReassignedFrame> endFrames = new java.util.ArrayList<>();
        int[] counts = new int[4]; // peaks, impulse ridges, first full, last full
        counts[2] = -1;
        counts[3] = -1;
        java.util.Map<String, Double> stages = new java.util.LinkedHashMap<>();
        long t0 = System.nanoTime();
        record FrameResult(int frame, java.util.List<tfr.peaks.Peak> peaks, int impulses, ReassignedFrame edgeCopy,
                           java.util.List<tfr.peaks.Peak> onsetWitnesses) { }
        tfr.track.OnsetExtension onsets = model.onsets() == ModelParams.Onsets.FIND
                ? new tfr.track.OnsetExtension(fp, tracker.params().driftHz()) : null;
        reassigner.streamMap(x, () -> {
            tfr.peaks.PeakPicker picker = new tfr.peaks.PeakPicker(fp, peakParams);
            tfr.peaks.BandwidthAssociation association = model.bandwidth() == ModelParams.Bandwidth.ASSOCIATE
                    ? new tfr.peaks.BandwidthAssociation(tfr.peaks.BandwidthAssociation.DEFAULT_SPACING_HZ) : null;
            java.util.List<tfr.peaks.Peak> rejected = new java.util.ArrayList<>();
            return f -> {
                if (!edgeFit.isFull(f.frameIndex(), length)) {
                    return new FrameResult(f.frameIndex(), null, 0, fitEdges ? f.copy() : null, null);
                }
                rejected.clear();
                java.util.List<tfr.peaks.Peak> kept = picker.pick(f, rejected);
                if (association != null) {
                    kept = association.associate(kept, rejected);
                }
                int imp = 0;
                for (tfr.peaks.Peak p : rejected) {
                    if (p.cellClass() == tfr.consensus.CellClass.IMPULSE) {
                        imp++;
                    }
                }
                java.util.List<tfr.peaks.Peak> witnesses = null;
                if (onsets != null) {
                    witnesses = new java.util.ArrayList<>();
                    for (tfr.peaks.Peak p : rejected) {
                        if (onsets.isWitness(p)) {
                            witnesses.add(p);
                        }
                    }
                }
                return new FrameResult(f.frameIndex(), kept, imp, null, witnesses);
            };
        }, r -> {
            if (r.peaks() == null) {
                if (r.edgeCopy() != null) {
                    (counts[2] < 0 ? startFrames : endFrames).add(r.edgeCopy());
                }
                return;
            }
            if (counts[2] < 0) {
                counts[2] = r.frame();
            }
            counts[3] = r.frame();
            counts[0] += r.peaks().size();
            counts[1] += r.impulses();
            java.util.List<tfr.peaks.Peak> started = tracker.add(r.peaks());
            if (onsets != null) {
                onsets.observe(started, r.onsetWitnesses());
            }
        }, f -> report.report("analysis", f));
        long t1 = System.nanoTime();
        stages.put("reassignment_and_peaks", (t1 - t0) / 1e9);
        java.util.List<java.util.List<tfr.peaks.Peak>> tracks = new java.util.ArrayList<>(tracker.finish());
        // each track's onset, by its first peak (refinement below replaces the peak objects)
        tfr.track.OnsetExtension.Onset[] trackOnset = new tfr.track.OnsetExtension.Onset[tracks.size()];
        int[] firstFrame = new int[tracks.size()];
        for (int i = 0; i < tracks.size(); i++) {
            trackOnset[i] = onsets == null ? null : onsets.onsetOf(tracks.get(i).get(0));
            firstFrame[i] = tracks.get(i).get(0).frameIndex();
        }
        tfr.track.OnsetExtension.alignEarlyOnsets(trackOnset);
        long t2 = System.nanoTime();
        stages.put("tracking", (t2 - t1) / 1e9);
        tfr.phase.BreakpointEstimator estimator = new tfr.phase.BreakpointEstimator(fp);
        tfr.track.PartialBuilder builder = new tfr.track.PartialBuilder(estimator, model.correction(), model.resolvedFadeSec(fp));
        for (int i = 0; i < tracks.size(); i++) {
            tracks.set(i, builder.refine(tracks.get(i)));
        }
        tfr.track.TrackParams trackParams = tracker.params();
        if (model.correction() == tfr.phase.PhaseCorrection.CHIRP && trackParams.bridgesOcclusions()) {
            new tfr.phase.OcclusionCorrection(fp, estimator, trackParams.occlusionHz()).correct(tracks);
        }
        long t3 = System.nanoTime();
        stages.put("phase_correction", (t3 - t2) / 1e9);
        int edgeAdded = 0;
        if (fitEdges && counts[2] >= 0) {
            tfr.track.EdgeExtension ext = new tfr.track.EdgeExtension(fp, tfr.track.EdgeExtension.DEFAULT_STOP_RATIO);
            edgeAdded = ext.extend(tracks, startFrames, endFrames, counts[2], counts[3], length);
            edgeAdded += ext.extendToSignalEnds(tracks, 0, fp.frameCount(length) - 1, length);
        }
        long t4 = System.nanoTime();
        stages.put("edges", (t4 - t3) / 1e9);
        java.util.List<tfr.model.Partial> partials = new java.util.ArrayList<>(tracks.size());
        for (int i = 0; i < tracks.size(); i++) {
            java.util.List<tfr.peaks.Peak> t = tracks.get(i);
            // a track the edge extension carried to the signal's start keeps that start
            boolean sameStart = t.get(0).frameIndex() == firstFrame[i];
            partials.add(builder.toPartial(t, sameStart ? trackOnset[i] : null));
        }
        stages.put("partials", (System.nanoTime() - t4) / 1e9);
        report.report("analysis", 1.0);
        return new PartialAnalysis(tfr.model.PartialSet.of(partials), sampleRateHz, length,
                fp.frameCount(length), counts[0], counts[1], edgeAdded, stages);
    }

    /** The reassignment stage for a sample rate. */
    public Reassigner reassigner(double sampleRateHz) {
        return new Reassigner(params.reassignParams(sampleRateHz));
    }

    /** Receives every reassigned frame in order (a reused buffer: copy what you keep). */
    @FunctionalInterface
    public interface FrameSink extends Reassigner.FrameSink {
    }

    /**
     * The ordinary and the reassigned spectrogram of a signal on the same grid (either may be null if
     * not asked for), with the power a steady full-scale sinusoid puts into one pixel of each — the
     * 0 dB references of the images, so that levels do not depend on hop, FFT size or image size.
     *
     * @param ordinaryFullScale   pixel power of a full-scale sinusoid's peak bin in the ordinary
     *                            spectrogram: (pixel duration / hop) × min(1, pixel height / bin width)
     *                            (each frame's cell is a box one hop by one bin)
     * @param reassignedFullScale pixel power of a full-scale steady sinusoid in the reassigned
     *                            spectrogram, where every cell of its main lobe lands in one row:
     *                            (pixel duration / hop) × Σ_k cell power = (pixel duration / hop) × M·Σh²/(Σh)²
     *                            (Parseval; M/N × the window's ENBW in bins)
     */
    public record Spectrograms(TfGrid ordinary, TfGrid reassigned, int frameCount, double durationSec,
                               double ordinaryFullScale, double reassignedFullScale) {
        /** The ordinary spectrogram as an image, dB re full scale (a full-scale sinusoid's peak reads 0 dB). */
        public java.awt.image.BufferedImage ordinaryImage(ImageParams image, String title) {
            return render(ordinary, ordinaryFullScale, image, title);
        }

        /** The reassigned spectrogram as an image, dB re full scale (a full-scale steady sinusoid reads 0 dB). */
        public java.awt.image.BufferedImage reassignedImage(ImageParams image, String title) {
            return render(reassigned, reassignedFullScale, image, title);
        }

        /** The reassigned spectrogram with the partials drawn over it (see {@link tfr.render.PartialsOverlay}). */
        public java.awt.image.BufferedImage partialsImage(ImageParams image, String title, tfr.model.PartialSet partials) {
            SpectrogramImage.Rendered r = SpectrogramImage.of(reassigned).referencePower(reassignedFullScale, "full scale")
                    .dynamicRangeDb(image.dynamicRangeDb()).title(title).render();
            return tfr.render.PartialsOverlay.draw(r, reassigned, partials, tfr.render.PartialsOverlay.DEFAULT_COLOR, 1.2f);
        }

        private static java.awt.image.BufferedImage render(TfGrid g, double reference, ImageParams image, String title) {
            return SpectrogramImage.of(g).referencePower(reference, "full scale").dynamicRangeDb(image.dynamicRangeDb())
                    .title(title).toImage();
        }

        @Override
        public String toString() {
            TfGrid g = ordinary != null ? ordinary : reassigned;
            String size = g == null ? "no grid" : "grid " + g.timePx() + " x " + g.freqPx() + " px";
            return "Spectrograms[" + frameCount + " frames, " + String.format(java.util.Locale.ROOT, "%.3f", durationSec) + " s, " + size + "]";
        }
    }

    /** The full-scale references of {@link Spectrograms} for a grid and framing. */
    static double[] fullScaleReferences(TfGrid g, tfr.stft.FrameParams fp, tfr.window.AuxiliaryWindows aux) {
        double framesPerPixel = (g.t1Sec() - g.t0Sec()) / g.timePx() / fp.hopSec();
        double rowShare = 1.0;
        if (g.scale() == FrequencyScale.LINEAR) {
            rowShare = Math.min(1.0, (g.f1Hz() - g.f0Hz()) / g.freqPx() / fp.binSpacingHz());
        }
        double s2 = 0;
        for (double v : aux.h()) {
            s2 += v * v;
        }
        double lobeEnergy = fp.fftSize() * s2 / (aux.sumH() * aux.sumH());
        return new double[] {framesPerPixel * rowShare, framesPerPixel * lobeEnergy};
    }

    /** An empty grid covering the whole signal with the image's axes. */
    public static TfGrid grid(ImageParams image, int lengthSamples, double sampleRateHz) {
        double t1 = Math.max(lengthSamples, 1) / sampleRateHz;
        double top = image.topFreqHz(sampleRateHz);
        return image.scale() == FrequencyScale.LOG
                ? TfGrid.log(0, t1, image.timePx(), image.minFreqHz(), top, image.freqPx())
                : TfGrid.linear(0, t1, image.timePx(), image.minFreqHz(), top, image.freqPx());
    }

    /**
     * Runs the pipeline once: accumulates the ordinary and the reassigned spectrogram and hands each
     * frame to {@code extra} (may be null), e.g. to stream points to a file.
     */
    public Spectrograms run(double[] x, double sampleRateHz, ImageParams image, FrameSink extra, Progress progress) {
        return run(x, sampleRateHz, image, EnumSet.allOf(Placement.class), extra, progress);
    }

    /**
     * Runs the pipeline once, accumulating only the spectrograms named in {@code grids} (the other
     * grid of the result is null). With no {@code extra} sink, nobody reads the convergence and
     * chirp rate, so only the first-order windows are transformed (3 FFTs per frame instead of 5).
     */
    public Spectrograms run(double[] x, double sampleRateHz, ImageParams image, Set<Placement> grids, FrameSink extra,
                            Progress progress) {
        if (x == null) {
            throw new IllegalArgumentException("signal must not be null");
        }
        ReassignParams rp = params.reassignParams(sampleRateHz);
        Reassigner r = new Reassigner(extra == null ? rp.withOrder(ReassignOrder.FIRST) : rp);
        TfGrid ordinary = grids.contains(Placement.NOMINAL) ? grid(image, x.length, sampleRateHz) : null;
        TfGrid reassigned = grids.contains(Placement.REASSIGNED) ? grid(image, x.length, sampleRateHz) : null;
        Progress p = progress == null ? Progress.NONE : progress;
        DoubleConsumer frac = f -> p.report("reassign", f);
        if (extra == null) {
            r.accumulate(x, ordinary, reassigned, frac);   // grids filled on the worker threads
        } else {
            r.stream(x, (ReassignedFrame f) -> {
                if (ordinary != null) {
                    f.addTo(ordinary, Placement.NOMINAL);
                }
                if (reassigned != null) {
                    f.addTo(reassigned, Placement.REASSIGNED);
                }
                extra.accept(f);
            }, frac);
        }
        TfGrid any = ordinary != null ? ordinary : reassigned;
        double[] refs = any == null ? new double[] {1, 1} : fullScaleReferences(any, rp.frames(), r.windows());
        return new Spectrograms(ordinary, reassigned, r.frameCount(x.length), x.length / sampleRateHz, refs[0], refs[1]);
    }

    /** Every cell of a short signal, dense (for notebooks and tests). */
    public ReassignedSpectrogram reassign(double[] x, double sampleRateHz) {
        return reassigner(sampleRateHz).compute(x);
    }

    /** The valid reassigned cells of a signal as a point cloud. */
    public PointCloud points(double[] x, double sampleRateHz, Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        return reassigner(sampleRateHz).points(x, f -> p.report("reassign", f));
    }

    @Override
    public String toString() {
        return "Analyzer[" + params + "]";
    }
}
