package tfr.render;

import java.util.Base64;
import tfr.io.AudioData;
import tfr.io.SampleEncoding;
import tfr.io.WavWriter;

/**
 * An HTML audio player for notebooks: {@code <audio controls>} with the sound embedded as a 16-bit
 * WAV data URI, so it plays offline and survives in a saved notebook. Kernel-neutral: it returns
 * HTML text; the notebook's setup cell hands it to its kernel's display function.
 *
 * <p>Levels are kept as they are (so that two players can be compared by ear) unless the peak
 * exceeds full scale, in which case the sound is scaled down to a 0.99 peak and the caption says
 * by how many dB — never clipped silently.
 */
public final class AudioPlayer {
    private AudioPlayer() {
    }

    /** A player for a mono signal. */
    public static String html(double[] samples, double sampleRateHz) {
        return html(samples, sampleRateHz, null);
    }

    /**
     * A player with a caption.
     *
     * @param samples      full-scale samples (not modified)
     * @param sampleRateHz whole number of Hz
     * @param caption      text shown above the player (HTML-escaped; may be null)
     */
    public static String html(double[] samples, double sampleRateHz, String caption) {
        if (samples == null || samples.length == 0) {
            throw new IllegalArgumentException("samples must hold at least one sample");
        }
        double peak = 0;
        for (double v : samples) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("samples contain a non-finite value");
            }
            peak = Math.max(peak, Math.abs(v));
        }
        double[] s = samples;
        String note = "";
        if (peak > 1) {
            double g = 0.99 / peak;
            s = new double[samples.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = samples[i] * g;
            }
            note = String.format(java.util.Locale.ROOT, " (scaled by %.1f dB to avoid clipping)", 20 * Math.log10(g));
        }
        byte[] wav = WavWriter.encode(AudioData.mono(s, sampleRateHz, SampleEncoding.PCM_16));
        String text = (caption == null ? "" : caption) + note;
        StringBuilder b = new StringBuilder(wav.length * 4 / 3 + 256);
        b.append("<figure style=\"margin:0.3em 0\">");
        if (!text.isEmpty()) {
            b.append("<figcaption style=\"font:12px sans-serif\">").append(escape(text)).append("</figcaption>");
        }
        b.append("<audio controls preload=\"auto\" src=\"data:audio/wav;base64,")
                .append(Base64.getEncoder().encodeToString(wav)).append("\"></audio></figure>");
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
