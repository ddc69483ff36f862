package tfr.window;

/**
 * Figures of merit of a sampled window, measured from its DTFT (not quoted from tables).
 *
 * @param lengthSamples      N
 * @param coherentGain       Σh/N: the amplitude a unit sinusoid reads at its peak bin, relative to a
 *                           rectangular window (Hann 0.5)
 * @param enbwBins           equivalent noise bandwidth N·Σh²/(Σh)² in DFT bins of size 1/N
 *                           (Hann 1.5, Blackman–Harris 2.0)
 * @param mainLobeWidthBins  null-to-null main-lobe width in bins (Hann 4, Blackman 6, BH4 8)
 * @param highestSidelobeDb  the highest sidelobe relative to the main-lobe peak (Hann −31.5 dB)
 */
public record WindowMetrics(int lengthSamples, double coherentGain, double enbwBins, double mainLobeWidthBins,
                            double highestSidelobeDb) {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "WindowMetrics[N=%d, coherent gain %.4f, ENBW %.3f bins, main lobe %.2f bins, highest sidelobe %.1f dB]",
                lengthSamples, coherentGain, enbwBins, mainLobeWidthBins, highestSidelobeDb);
    }
}
