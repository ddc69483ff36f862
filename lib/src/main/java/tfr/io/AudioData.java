package tfr.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Decoded audio: one array of samples per channel, {@code channels[c][frame]}, on full scale.
 *
 * <p>Samples: integer PCM is {@code code / 2^(bits-1)}, so {@code -1 <= x < 1} (8-bit WAV is
 * unsigned with offset 128 before that scaling); float samples are as stored and may exceed ±1.
 * {@code encoding} records how the samples were (or will be) stored; the values themselves are
 * always doubles.
 *
 * <p>Validated: at least one channel, all channels the same length, {@code sampleRateHz} finite and
 * &gt; 0. Zero frames is allowed here, though readers and writers refuse empty audio.
 *
 * <p>Pitfall: for speed the per-channel arrays are <em>not</em> copied, neither on construction nor
 * by {@link #channels()} (only the outer array is); do not modify them afterwards.
 * {@link #channel(int)} returns a copy. {@link #equals} compares sample contents bit for bit.
 *
 * @param channels     {@code channels[c][frame]}, full-scale samples
 * @param sampleRateHz frames per second
 * @param encoding     storage encoding
 */
public record AudioData(double[][] channels, double sampleRateHz, SampleEncoding encoding) {

    /** Validates the shape and rate; copies the outer array (not the channel arrays). */
    public AudioData {
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(encoding, "encoding");
        if (channels.length < 1) {
            throw new IllegalArgumentException("channels must hold at least 1 channel, got 0");
        }
        channels = channels.clone();
        for (int c = 0; c < channels.length; c++) {
            if (channels[c] == null) {
                throw new IllegalArgumentException("channels[" + c + "] is null");
            }
            if (channels[c].length != channels[0].length) {
                throw new IllegalArgumentException("all channels must have the same length: channel 0 has "
                        + channels[0].length + " frames, channel " + c + " has " + channels[c].length);
            }
        }
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sampleRateHz must be finite and > 0, got " + sampleRateHz);
        }
    }

    /** Mono audio from one array (not copied). */
    public static AudioData mono(double[] samples, double sampleRateHz, SampleEncoding encoding) {
        Objects.requireNonNull(samples, "samples");
        return new AudioData(new double[][] {samples}, sampleRateHz, encoding);
    }

    /** The channel arrays; the outer array is a copy, the channel arrays are shared. */
    @Override
    public double[][] channels() {
        return channels.clone();
    }

    /** Number of channels, &gt;= 1. */
    public int channelCount() {
        return channels.length;
    }

    /** Number of frames (samples per channel). */
    public int frameCount() {
        return channels[0].length;
    }

    /** Duration in seconds, {@code frameCount / sampleRateHz}. */
    public double durationSec() {
        return frameCount() / sampleRateHz;
    }

    /**
     * A copy of one channel.
     *
     * @param index 0-based channel index
     * @throws IllegalArgumentException naming the index and the valid range
     */
    public double[] channel(int index) {
        checkChannel(index);
        return channels[index].clone();
    }

    /** The mean of all channels (a new array; for mono audio, a copy of channel 0). */
    public double[] mixdown() {
        int n = frameCount();
        double[] out = channels[0].clone();
        if (channels.length == 1) {
            return out;
        }
        for (int c = 1; c < channels.length; c++) {
            double[] ch = channels[c];
            for (int i = 0; i < n; i++) {
                out[i] += ch[i];
            }
        }
        double scale = 1.0 / channels.length;
        for (int i = 0; i < n; i++) {
            out[i] *= scale;
        }
        return out;
    }

    /**
     * The signal a {@link ChannelSelection} picks (always a new array).
     *
     * @throws IllegalArgumentException if the selected channel does not exist
     */
    public double[] select(ChannelSelection selection) {
        Objects.requireNonNull(selection, "selection");
        if (selection instanceof ChannelSelection.Channel ch) {
            return channel(ch.index());
        }
        return mixdown();
    }

    /**
     * The selected samples without a copy where none is needed: a single channel (chosen, or the
     * only one) is returned as the array this AudioData holds — shared, so do not modify it; the
     * mixdown of several channels is a new array. For long files this saves a copy of the signal.
     */
    public double[] selectShared(ChannelSelection selection) {
        Objects.requireNonNull(selection, "selection");
        if (selection instanceof ChannelSelection.Channel ch) {
            checkChannel(ch.index());
            return channels[ch.index()];
        }
        return channels.length == 1 ? channels[0] : mixdown();
    }

    private void checkChannel(int index) {
        if (index < 0 || index >= channels.length) {
            throw new IllegalArgumentException("channel " + index + " does not exist: audio has " + channels.length
                    + (channels.length == 1 ? " channel (valid index: 0)" : " channels (valid indices: 0.." + (channels.length - 1) + ")"));
        }
    }

    /** Content equality: same rate, encoding and bit-identical samples. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AudioData other
                && Double.compare(sampleRateHz, other.sampleRateHz) == 0
                && encoding == other.encoding
                && Arrays.deepEquals(channels, other.channels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Double.hashCode(sampleRateHz), encoding, Arrays.deepHashCode(channels));
    }

    /** Shape and units only, e.g. {@code AudioData[2 ch × 44100 frames, 44100 Hz, 1.000 s, PCM_16]}. */
    @Override
    public String toString() {
        String rate = sampleRateHz == Math.rint(sampleRateHz) ? String.valueOf((long) sampleRateHz) : String.valueOf(sampleRateHz);
        return String.format(Locale.ROOT, "AudioData[%d ch × %d frames, %s Hz, %.3f s, %s]",
                channelCount(), frameCount(), rate, durationSec(), encoding);
    }
}
