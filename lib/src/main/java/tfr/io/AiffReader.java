package tfr.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Reads AIFF and AIFF-C files into {@link AudioData}.
 *
 * <h2>Supported</h2>
 * <ul>
 *   <li>AIFF ({@code FORM}/{@code AIFF}): big-endian two's-complement PCM with a sample size of 1 to
 *       32 bits, stored left-justified in 1 to 4 bytes; the encoding reported is the container's
 *       (e.g. 20-bit audio is {@link SampleEncoding#PCM_24}). 8-bit AIFF is signed; it is reported as
 *       {@link SampleEncoding#PCM_U8} with the same full-scale values as 8-bit WAV.</li>
 *   <li>AIFF-C ({@code FORM}/{@code AIFC}) with compression type {@code NONE} or {@code twos}
 *       (big-endian PCM as above), {@code sowt} (little-endian PCM), {@code fl32}/{@code FL32} and
 *       {@code fl64}/{@code FL64} (big-endian IEEE float; the COMM sample size field is not used for
 *       these since writers disagree about it).</li>
 * </ul>
 * The sample rate is an 80-bit IEEE extended number and may be fractional (e.g. 22050.5 Hz).
 * Chunks may come in any order; unknown chunks are skipped (with their pad byte when the size is
 * odd). The FORM size field is ignored; chunks are read up to the physical end of the file. The
 * SSND chunk's data starts after its {@code offset} field; bytes beyond {@code numSampleFrames}
 * frames are ignored (the spec allows block padding).
 *
 * <h2>Rejected, with {@link AudioFormatException}</h2>
 * Empty file, not FORM/AIFF or FORM/AIFC, no COMM chunk, no SSND chunk (unless the COMM chunk
 * declares zero frames, which is rejected as "has no audio frames" anyway), truncated COMM or SSND
 * chunk, fewer sample bytes than COMM declares, 0 or negative channels, a sample rate that is not
 * finite and &gt; 0, unsupported sample size or compression type, and NaN or infinite float samples.
 */
public final class AiffReader {
    static final int FORM = AudioBytes.id("FORM");
    static final int AIFF = AudioBytes.id("AIFF");
    static final int AIFC = AudioBytes.id("AIFC");
    static final int COMM = AudioBytes.id("COMM");
    static final int SSND = AudioBytes.id("SSND");
    static final int NONE = AudioBytes.id("NONE");
    static final int TWOS = AudioBytes.id("twos");
    static final int SOWT = AudioBytes.id("sowt");
    static final int FL32 = AudioBytes.id("fl32");
    static final int FL32_UPPER = AudioBytes.id("FL32");
    static final int FL64 = AudioBytes.id("fl64");
    static final int FL64_UPPER = AudioBytes.id("FL64");

    private AiffReader() {
    }

    /**
     * Reads an AIFF or AIFF-C file. Messages start with {@code path.toString()}.
     *
     * @throws AudioFormatException if the file is not an AIFF file this reader accepts
     * @throws IOException          if it cannot be read (message names the file)
     */
    public static AudioData read(Path path) throws IOException {
        return read(AudioBytes.readFile(path), path.toString());
    }

    /**
     * Decodes AIFF or AIFF-C contents held in memory.
     *
     * @param bytes the whole file
     * @param name  the source name that error messages start with
     * @throws AudioFormatException if the bytes are not an AIFF file this reader accepts
     */
    public static AudioData read(byte[] bytes, String name) throws AudioFormatException {
        byte[] b = bytes;
        int len = b.length;
        if (len == 0) {
            throw new AudioFormatException(name, "empty file (0 bytes)");
        }
        if (len < 12 || AudioBytes.id(b, 0) != FORM || (AudioBytes.id(b, 8) != AIFF && AudioBytes.id(b, 8) != AIFC)) {
            if (len >= 12 && AudioBytes.id(b, 0) == FORM) {
                throw new AudioFormatException(name, "not an AIFF file: FORM type is " + AudioBytes.fourCC(b, 8)
                        + ", not 'AIFF' or 'AIFC'");
            }
            if (len < 12 && AudioBytes.startsWith(b, "FORM")) {
                throw new AudioFormatException(name, "truncated: " + len + " bytes is too short for an AIFF header");
            }
            String other = AudioBytes.guessOtherFormat(b);
            throw new AudioFormatException(name, "not an AIFF file (starts with " + AudioBytes.fourCC(b, 0)
                    + (other != null ? ", looks like " + other : "") + ")");
        }
        boolean aifc = AudioBytes.id(b, 8) == AIFC;

        int commAt = -1;
        int ssndAt = -1;
        long ssndSize = 0;
        long pos = 12;
        while (pos + 8 <= len) {
            int p = (int) pos;
            int id = AudioBytes.id(b, p);
            long size = AudioBytes.u32be(b, p + 4);
            long body = pos + 8;
            long remain = len - body;
            if (id == COMM && commAt < 0) {
                if (size > remain) {
                    throw new AudioFormatException(name, "truncated: COMM chunk declares " + size + " bytes but only "
                            + remain + " remain");
                }
                int need = aifc ? 22 : 18;
                if (size < need) {
                    throw new AudioFormatException(name, "COMM chunk is too short (" + size + " bytes, need " + need
                            + (aifc ? " for AIFF-C" : "") + ")");
                }
                commAt = (int) body;
            } else if (id == SSND && ssndAt < 0) {
                if (size > remain) {
                    throw new AudioFormatException(name, "truncated: SSND chunk declares " + size + " bytes but only "
                            + remain + " remain");
                }
                if (size < 8) {
                    throw new AudioFormatException(name, "SSND chunk is too short (" + size + " bytes, need at least 8)");
                }
                ssndAt = (int) body;
                ssndSize = size;
            } else if (size > remain) {
                if (commAt >= 0 && ssndAt >= 0) {
                    break; // a cut-off trailing chunk we do not need
                }
                throw new AudioFormatException(name, "truncated: " + AudioBytes.fourCC(b, p) + " chunk declares " + size
                        + " bytes but only " + remain + " remain");
            }
            pos = body + size + (size & 1);
        }
        if (commAt < 0) {
            throw new AudioFormatException(name, "no COMM chunk");
        }
        int channels = AudioBytes.s16be(b, commAt);
        long frames = AudioBytes.u32be(b, commAt + 2);
        int sampleSize = AudioBytes.s16be(b, commAt + 6);
        double rate = Extended80.decode(b, commAt + 8);
        int compression = aifc ? AudioBytes.id(b, commAt + 18) : NONE;

        if (channels <= 0) {
            throw new AudioFormatException(name, "inconsistent COMM chunk: " + channels + " channels");
        }
        if (!Double.isFinite(rate) || !(rate > 0)) {
            throw new AudioFormatException(name, "inconsistent COMM chunk: sample rate is " + rate + " Hz");
        }
        SampleEncoding enc;
        ByteOrder order = ByteOrder.BIG_ENDIAN;
        if (compression == FL32 || compression == FL32_UPPER) {
            enc = SampleEncoding.FLOAT_32;
        } else if (compression == FL64 || compression == FL64_UPPER) {
            enc = SampleEncoding.FLOAT_64;
        } else if (compression == NONE || compression == TWOS || compression == SOWT) {
            if (sampleSize < 1 || sampleSize > 32) {
                throw new AudioFormatException(name, "unsupported sample size: " + sampleSize + " bits (supported: 1 to 32)");
            }
            enc = SampleEncoding.pcm(((sampleSize + 7) / 8) * 8);
            if (compression == SOWT) {
                order = ByteOrder.LITTLE_ENDIAN;
            }
        } else {
            throw new AudioFormatException(name, "unsupported AIFF-C compression type " + AudioBytes.fourCC(b, commAt + 18)
                    + " (supported: NONE, twos, sowt, fl32, fl64)");
        }
        if (frames == 0) {
            throw new AudioFormatException(name, "has no audio frames (COMM declares 0 frames)");
        }
        if (ssndAt < 0) {
            throw new AudioFormatException(name, "no SSND chunk");
        }
        long offset = AudioBytes.u32be(b, ssndAt);
        long available = ssndSize - 8 - offset;
        if (available < 0) {
            throw new AudioFormatException(name, "inconsistent SSND chunk: data offset " + offset
                    + " lies beyond the chunk's " + ssndSize + " bytes");
        }
        long frameBytes = (long) channels * enc.bytesPerSample();
        long needed = frames * frameBytes;
        if (needed > available) {
            throw new AudioFormatException(name, "truncated: COMM declares " + frames + " frames (" + needed
                    + " bytes) but the SSND chunk holds only " + available + " bytes of samples");
        }
        double[][] data = PcmCodec.decode(b, (int) (ssndAt + 8 + offset), (int) frames, channels, enc, order,
                PcmCodec.EightBit.SIGNED, name);
        return new AudioData(data, rate, enc);
    }
}
