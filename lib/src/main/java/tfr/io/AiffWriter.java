package tfr.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes {@link AudioData} as AIFF (integer PCM) or AIFF-C (float), atomically (see
 * {@link AtomicFiles}).
 *
 * <ul>
 *   <li>Integer PCM: {@code FORM}/{@code AIFF} with COMM (18 bytes) and SSND (offset 0, block size
 *       0), big-endian, 8-bit signed. Quantisation and clipping as in {@link WavWriter}: round to
 *       nearest (ties up), clip to the code range, count clipped samples in the result.</li>
 *   <li>Float: plain AIFF cannot hold floats, so {@code FORM}/{@code AIFC} with an FVER chunk and
 *       compression type {@code fl32} or {@code fl64} (big-endian IEEE).</li>
 *   <li>The sample rate is stored as 80-bit IEEE extended, exactly, so fractional rates survive.</li>
 *   <li>The SSND chunk gets a pad byte when its size is odd (8-bit audio); the FORM size counts it.</li>
 * </ul>
 * Rejected with {@link IllegalArgumentException}: NaN or infinite samples (message names frame and
 * channel), zero frames, more than 32767 channels, and files beyond the 4 GiB IFF size limit.
 */
public final class AiffWriter {
    /** FVER timestamp of the AIFF-C version 1 specification (May 1990). */
    static final long AIFC_VERSION_1 = 0xA2805140L;

    private AiffWriter() {
    }

    /**
     * Writes {@code audio} in {@code audio.encoding()}.
     *
     * @throws OutputExistsException    if the file exists and {@code overwrite} is {@link Overwrite#REFUSE}
     * @throws IllegalArgumentException for audio an AIFF file cannot hold (see class doc)
     */
    public static AudioWriteResult write(Path path, Overwrite overwrite, AudioData audio) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(overwrite, "overwrite");
        Objects.requireNonNull(audio, "audio");
        SampleEncoding enc = audio.encoding();
        int channels = audio.channelCount();
        long frames = audio.frameCount();
        if (channels > Short.MAX_VALUE) {
            throw new IllegalArgumentException("AIFF holds at most 32767 channels, got " + channels);
        }
        if (frames == 0) {
            throw new IllegalArgumentException("audio has no frames; readers refuse empty audio files");
        }
        boolean aifc = enc.isFloat();
        byte[] compressionName = (enc == SampleEncoding.FLOAT_32 ? "32-bit floating point" : "64-bit floating point")
                .getBytes(StandardCharsets.US_ASCII);
        int pstringSize = (1 + compressionName.length + 1) & ~1;
        long commSize = aifc ? 18 + 4 + pstringSize : 18;
        long dataSize = frames * channels * enc.bytesPerSample();
        long ssndSize = 8 + dataSize;
        long formSize = 4 + (aifc ? 12 : 0) + 8 + commSize + 8 + ssndSize + (ssndSize & 1);
        if (formSize > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("audio too large for AIFF: " + dataSize
                    + " bytes of samples exceed the 4 GiB IFF limit");
        }
        long[] clipped = new long[1];
        AtomicFiles.write(path, overwrite, out -> {
            Be be = new Be(out);
            be.id("FORM").u32(formSize).id(aifc ? "AIFC" : "AIFF");
            if (aifc) {
                be.id("FVER").u32(4).u32(AIFC_VERSION_1);
            }
            be.id("COMM").u32(commSize).u16(channels).u32(frames).u16(enc.bitsPerSample());
            out.write(Extended80.encode(audio.sampleRateHz()));
            if (aifc) {
                be.id(enc == SampleEncoding.FLOAT_32 ? "fl32" : "fl64");
                out.write(compressionName.length);
                out.write(compressionName);
                if (((1 + compressionName.length) & 1) != 0) {
                    out.write(0);
                }
            }
            be.id("SSND").u32(ssndSize).u32(0).u32(0);
            clipped[0] = PcmCodec.writeFrames(out, audio, ByteOrder.BIG_ENDIAN, PcmCodec.EightBit.SIGNED);
            if ((ssndSize & 1) != 0) {
                out.write(0);
            }
        });
        return new AudioWriteResult(path, frames, clipped[0]);
    }

    /** Big-endian field writer. */
    private static final class Be {
        private final OutputStream out;

        Be(OutputStream out) {
            this.out = out;
        }

        Be id(String fourChars) throws IOException {
            for (int i = 0; i < 4; i++) {
                out.write(fourChars.charAt(i));
            }
            return this;
        }

        Be u16(int v) throws IOException {
            out.write(v >>> 8);
            out.write(v);
            return this;
        }

        Be u32(long v) throws IOException {
            out.write((int) (v >>> 24));
            out.write((int) (v >>> 16));
            out.write((int) (v >>> 8));
            out.write((int) v);
            return this;
        }
    }
}
