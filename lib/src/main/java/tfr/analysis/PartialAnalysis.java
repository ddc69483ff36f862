package tfr.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import tfr.model.PartialSet;

/**
 * The additive model of a signal and how it was reached.
 *
 * @param partials          the partials
 * @param sampleRateHz      the analysed signal's rate
 * @param lengthSamples     the analysed signal's length
 * @param frameCount        frames analysed
 * @param peakCount         peaks kept by peak picking (before tracking)
 * @param impulseRidges     ridges classified as impulses (their energy is left to the residual)
 * @param edgeBreakpoints   breakpoints added in the frames the signal's ends cut
 * @param stageSeconds      wall-clock seconds per stage, in pipeline order
 */
public record PartialAnalysis(PartialSet partials, double sampleRateHz, int lengthSamples, int frameCount, int peakCount,
                              int impulseRidges, int edgeBreakpoints, Map<String, Double> stageSeconds) {
    public PartialAnalysis {
        if (partials == null || stageSeconds == null) {
            throw new IllegalArgumentException("partials and stageSeconds must not be null");
        }
        stageSeconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
    }

    /** Duration of the analysed signal, s. */
    public double durationSec() {
        return lengthSamples / sampleRateHz;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "PartialAnalysis[%d partials, %d breakpoints, %d frames, %d peaks, %d impulse ridges, %d edge breakpoints, %.3f s at %.0f Hz]",
                partials.size(), partials.breakpointCount(), frameCount, peakCount, impulseRidges, edgeBreakpoints, durationSec(), sampleRateHz);
    }
}
