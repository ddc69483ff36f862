package tfr.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes {@link AudioData} as a RIFF/WAVE file, atomically (see {@link AtomicFiles}).
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>Integer PCM with at most 2 channels and at most 16 bits: plain fmt chunk, tag 1 (16 bytes).</li>
 *   <li>Integer PCM with more than 2 channels or more than 16 bits, and float with more than 2
 *       channels: WAVE_FORMAT_EXTENSIBLE (tag 0xFFFE, 40-byte fmt chunk, wValidBitsPerSample = container
 *       bits), as the Microsoft specification recommends. The channel mask is front-centre for mono,
 *       front-left|front-right for stereo, and 0 (no speaker assignment) for more channels.</li>
 *   <li>Float with at most 2 channels: tag 3 with an 18-byte fmt chunk (cbSize 0).</li>
 *   <li>Float files also get the fact chunk (frame count) that non-PCM formats require.</li>
 *   <li>The data chunk gets a pad byte when its size is odd (8-bit audio); the RIFF size counts it.</li>
 * </ul>
 *
 * <h2>Samples</h2>
 * Integer PCM: {@code code = floor(x · 2^(bits-1) + 0.5)} (round to nearest, ties up), then clipped to
 * {@code [-2^(bits-1), 2^(bits-1) - 1]}; clipping is silent in the file but counted in the returned
 * {@link AudioWriteResult#clippedSampleCount()}. Pitfall: {@code +1.0} itself clips to
 * {@code (2^(bits-1)-1)/2^(bits-1)}. Values read from a PCM file of the same depth are reproduced
 * exactly. 8-bit is stored unsigned (code + 128). Float: stored as is (float32 rounds to nearest
 * float); values beyond ±1 are kept.
 *
 * <h2>Rejected</h2>
 * With {@link IllegalArgumentException}: NaN or infinite samples (message names frame and channel),
 * float32 overflow, zero frames, a sample rate that is not a whole number of Hz in
 * {@code [1, 2^32-1]} (WAV stores an integer rate; use AIFF for fractional rates), more than 65535
 * channels, and audio whose data would exceed the 4 GiB RIFF limit. Validation that needs the samples
 * happens while writing; a failure then leaves neither the destination nor a temporary file.
 */
public final class WavWriter {
    private WavWriter() {
    }

    /**
     * Writes {@code audio} in {@code audio.encoding()}.
     *
     * @throws OutputExistsException    if the file exists and {@code overwrite} is {@link Overwrite#REFUSE}
     * @throws IllegalArgumentException for audio a WAV file cannot hold (see class doc)
     */
    public static AudioWriteResult write(Path path, Overwrite overwrite, AudioData audio) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(overwrite, "overwrite");
        Objects.requireNonNull(audio, "audio");
        checkWritable(audio);
        long[] clipped = new long[1];
        AtomicFiles.write(path, overwrite, out -> clipped[0] = writeTo(out, audio));
        return new AudioWriteResult(path, audio.frameCount(), clipped[0]);
    }

    /** The complete WAV file for {@code audio} as bytes (e.g. for an HTML audio player's data URI). */
    public static byte[] encode(AudioData audio) {
        Objects.requireNonNull(audio, "audio");
        checkWritable(audio);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            writeTo(bytes, audio);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // cannot happen: in-memory stream
        }
        return bytes.toByteArray();
    }

    private static void checkWritable(AudioData audio) {
        double rate = audio.sampleRateHz();
        if (rate != Math.rint(rate) || rate < 1 || rate > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("sampleRateHz must be a whole number in [1, 4294967295] for WAV, got "
                    + rate + " (AIFF can store fractional rates)");
        }
        if (audio.channelCount() > 0xFFFF) {
            throw new IllegalArgumentException("WAV holds at most 65535 channels, got " + audio.channelCount());
        }
        if (audio.frameCount() == 0) {
            throw new IllegalArgumentException("audio has no frames; readers refuse empty audio files");
        }
        int blockAlign = audio.channelCount() * audio.encoding().bytesPerSample();
        if (blockAlign > 0xFFFF) {
            throw new IllegalArgumentException("WAV blockAlign is 16 bits: " + audio.channelCount() + " channels × "
                    + audio.encoding().bytesPerSample() + " bytes = " + blockAlign + " is too large");
        }
        if (4 + 8 + 40 + 12 + 8 + audio.frameCount() * blockAlign + 1 > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("audio too large for WAV: " + audio.frameCount() * blockAlign
                    + " bytes of samples exceed the 4 GiB RIFF limit");
        }
    }

    /** Writes the WAV file to a stream; returns the number of clipped samples. Call {@link #checkWritable} first. */
    private static long writeTo(java.io.OutputStream out, AudioData audio) throws IOException {
        SampleEncoding enc = audio.encoding();
        int channels = audio.channelCount();
        long frames = audio.frameCount();
        int blockAlign = channels * enc.bytesPerSample();
        boolean extensible = channels > 2 || (!enc.isFloat() && enc.bitsPerSample() > 16);
        int fmtSize = extensible ? 40 : enc.isFloat() ? 18 : 16;
        boolean fact = enc.isFloat();
        long dataSize = frames * blockAlign;
        long riffSize = 4 + 8 + fmtSize + (fact ? 12 : 0) + 8 + dataSize + (dataSize & 1);
        long rateHz = (long) audio.sampleRateHz();
        Le le = new Le(out);
        le.id("RIFF").u32(riffSize).id("WAVE");
        le.id("fmt ").u32(fmtSize);
        le.u16(extensible ? WavReader.TAG_EXTENSIBLE : enc.isFloat() ? WavReader.TAG_FLOAT : WavReader.TAG_PCM);
        le.u16(channels).u32(rateHz).u32(rateHz * blockAlign).u16(blockAlign).u16(enc.bitsPerSample());
        if (extensible) {
            long mask = channels == 1 ? 0x4 : channels == 2 ? 0x3 : 0;
            le.u16(22).u16(enc.bitsPerSample()).u32(mask);
            le.u16(enc.isFloat() ? WavReader.TAG_FLOAT : WavReader.TAG_PCM);
            out.write(WavReader.GUID_TAIL);
        } else if (enc.isFloat()) {
            le.u16(0);
        }
        if (fact) {
            le.id("fact").u32(4).u32(frames);
        }
        le.id("data").u32(dataSize);
        long clipped = PcmCodec.writeFrames(out, audio, ByteOrder.LITTLE_ENDIAN, PcmCodec.EightBit.UNSIGNED_OFFSET_128);
        if ((dataSize & 1) != 0) {
            out.write(0);
        }
        return clipped;
    }

    /**
     * Writes one channel. Same rules as {@link #write(Path, Overwrite, AudioData)}.
     *
     * @param mono         full-scale samples (not copied)
     * @param sampleRateHz whole number of Hz
     */
    public static AudioWriteResult write(Path path, Overwrite overwrite, double[] mono, double sampleRateHz,
                                         SampleEncoding encoding) throws IOException {
        return write(path, overwrite, AudioData.mono(mono, sampleRateHz, encoding));
    }

    /** Little-endian field writer. */
    private static final class Le {
        private final OutputStream out;

        Le(OutputStream out) {
            this.out = out;
        }

        Le id(String fourChars) throws IOException {
            for (int i = 0; i < 4; i++) {
                out.write(fourChars.charAt(i));
            }
            return this;
        }

        Le u16(int v) throws IOException {
            out.write(v);
            out.write(v >>> 8);
            return this;
        }

        Le u32(long v) throws IOException {
            out.write((int) v);
            out.write((int) (v >>> 8));
            out.write((int) (v >>> 16));
            out.write((int) (v >>> 24));
            return this;
        }
    }
}
