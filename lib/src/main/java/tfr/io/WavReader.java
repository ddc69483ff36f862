package tfr.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Reads RIFF/WAVE files into {@link AudioData}.
 *
 * <h2>Supported</h2>
 * <ul>
 *   <li>Format tag 1, integer PCM, 8 (unsigned), 16, 24 or 32 bits, little-endian.</li>
 *   <li>Format tag 3, IEEE float, 32 or 64 bits.</li>
 *   <li>Format tag 0xFFFE, WAVE_FORMAT_EXTENSIBLE, whose sub-format GUID is PCM or IEEE float, same
 *       sizes. {@code wValidBitsPerSample} may be smaller than the container (e.g. 20 valid bits in
 *       24): the valid bits are left-justified, so decoding the container gives the right full-scale
 *       value; the reported encoding is the container's ({@link SampleEncoding#PCM_24}).</li>
 * </ul>
 * Chunks may come in any order; unknown chunks (LIST, bext, fact, cue , ...) are skipped, including
 * their pad byte when their size is odd. Only the first fmt and the first data chunk are used.
 *
 * <h2>Sizes that lie: the rule</h2>
 * The RIFF size field is ignored: chunks are read up to the physical end of the file (fewer than 8
 * trailing bytes are ignored). The data chunk's declared size is trusted, and a size larger than
 * what remains in the file is an error ("truncated") — except for the placeholders that streaming
 * writers leave when they cannot seek back to patch the header:
 * <ul>
 *   <li>data size {@code 0xFFFFFFFF}, or</li>
 *   <li>data size 0 when bytes follow it and the RIFF size is 0, {@code 0xFFFFFFFF}, or does not
 *       reach past the data chunk header (a genuinely empty data chunk followed by other chunks,
 *       inside a correct RIFF size, stays empty).</li>
 * </ul>
 * In those two cases the data chunk runs to the end of the file, so the fmt chunk must come before
 * it. The resulting size must still be a whole number of frames.
 *
 * <h2>Rejected, with {@link AudioFormatException}</h2>
 * Empty file, not RIFF/WAVE (RF64 included), no fmt chunk, no data chunk, truncated fmt or data
 * chunk, data size not a multiple of blockAlign, inconsistent fmt fields (blockAlign ≠ channels ×
 * bytes per sample, byteRate ≠ rate × blockAlign, 0 channels, 0 Hz), unsupported tag or bit depth,
 * zero frames, and NaN or infinite float samples. Float samples beyond ±1 are accepted as stored.
 *
 * <p>Speed: the file is read once into memory and decoded with tight loops; a 300 s 44.1 kHz
 * 16-bit mono file (26 MB) takes about 0.1 s including the file read. Files up to 2 GiB can be read;
 * the decoded doubles need 8 bytes per sample (4× a 16-bit file) on the heap.
 */
public final class WavReader {
    static final int RIFF = AudioBytes.id("RIFF");
    static final int WAVE = AudioBytes.id("WAVE");
    static final int FMT = AudioBytes.id("fmt ");
    static final int DATA = AudioBytes.id("data");
    static final long SIZE_PLACEHOLDER = 0xFFFFFFFFL;
    static final int TAG_PCM = 1;
    static final int TAG_FLOAT = 3;
    static final int TAG_EXTENSIBLE = 0xFFFE;
    /** Bytes 2..15 of the KSDATAFORMAT_SUBTYPE_* GUIDs; bytes 0..1 are the format tag (little-endian). */
    static final byte[] GUID_TAIL = {0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00,
        0x38, (byte) 0x9B, 0x71};

    private WavReader() {
    }

    /**
     * Reads a WAV file. Messages start with {@code path.toString()}.
     *
     * @throws AudioFormatException if the file is not a WAV file this reader accepts
     * @throws IOException          if it cannot be read (message names the file)
     */
    public static AudioData read(Path path) throws IOException {
        return read(AudioBytes.readFile(path), path.toString());
    }

    /**
     * Decodes WAV file contents held in memory.
     *
     * @param bytes the whole file
     * @param name  the source name that error messages start with
     * @throws AudioFormatException if the bytes are not a WAV file this reader accepts
     */
    public static AudioData read(byte[] bytes, String name) throws AudioFormatException {
        byte[] b = bytes;
        int len = b.length;
        if (len == 0) {
            throw new AudioFormatException(name, "empty file (0 bytes)");
        }
        if (len < 12 || AudioBytes.id(b, 0) != RIFF || AudioBytes.id(b, 8) != WAVE) {
            String other = AudioBytes.guessOtherFormat(b);
            if (len >= 12 && AudioBytes.id(b, 0) == RIFF) {
                throw new AudioFormatException(name, "not a RIFF/WAVE file: RIFF form type is " + AudioBytes.fourCC(b, 8)
                        + ", not 'WAVE'");
            }
            if (len < 12 && AudioBytes.startsWith(b, "RIFF")) {
                throw new AudioFormatException(name, "truncated: " + len + " bytes is too short for a RIFF/WAVE header");
            }
            throw new AudioFormatException(name, "not a RIFF/WAVE file (starts with " + AudioBytes.fourCC(b, 0)
                    + (other != null ? ", looks like " + other : "") + ")");
        }
        long riffSize = AudioBytes.u32le(b, 4);

        Fmt fmt = null;
        int dataOffset = -1;
        long dataSize = -1;
        boolean openEnded = false;
        long pos = 12;
        while (pos + 8 <= len) {
            int p = (int) pos;
            int id = AudioBytes.id(b, p);
            long size = AudioBytes.u32le(b, p + 4);
            long body = pos + 8;
            long remain = len - body;
            if (id == DATA && dataOffset < 0) {
                boolean placeholder = size == SIZE_PLACEHOLDER
                        || (size == 0 && remain > 0
                            && (riffSize == 0 || riffSize == SIZE_PLACEHOLDER || 8 + riffSize <= body));
                if (placeholder) {
                    dataOffset = (int) body;
                    dataSize = remain;
                    openEnded = true;
                    break;
                }
                if (size > remain) {
                    throw new AudioFormatException(name, "truncated: data chunk declares " + size + " bytes but only "
                            + remain + " remain");
                }
                dataOffset = (int) body;
                dataSize = size;
            } else if (id == FMT && fmt == null) {
                if (size > remain) {
                    throw new AudioFormatException(name, "truncated: fmt chunk declares " + size + " bytes but only "
                            + remain + " remain");
                }
                fmt = Fmt.parse(b, (int) body, (int) size, name);
            } else if (size > remain) {
                if (fmt != null && dataOffset >= 0) {
                    break; // a cut-off trailing chunk we do not need anyway
                }
                throw new AudioFormatException(name, "truncated: " + AudioBytes.fourCC(b, p) + " chunk declares " + size
                        + " bytes but only " + remain + " remain");
            }
            pos = body + size + (size & 1);
        }
        if (fmt == null) {
            throw new AudioFormatException(name, "no fmt chunk" + (openEnded
                    ? " before the data chunk (its size is a streaming placeholder, so it runs to the end of the file)"
                    : ""));
        }
        if (dataOffset < 0) {
            throw new AudioFormatException(name, "no data chunk");
        }
        if (dataSize % fmt.blockAlign != 0) {
            throw new AudioFormatException(name, (openEnded ? "data runs to the end of the file (size placeholder) but its "
                    : "data chunk ") + "size " + dataSize + " bytes is not a multiple of blockAlign " + fmt.blockAlign
                    + " (" + fmt.channels + " channels × " + fmt.encoding.bytesPerSample() + " bytes)");
        }
        int frames = (int) (dataSize / fmt.blockAlign);
        if (frames == 0) {
            throw new AudioFormatException(name, "has no audio frames (data chunk is empty)");
        }
        double[][] channels = PcmCodec.decode(b, dataOffset, frames, fmt.channels, fmt.encoding,
                ByteOrder.LITTLE_ENDIAN, PcmCodec.EightBit.UNSIGNED_OFFSET_128, name);
        return new AudioData(channels, fmt.sampleRateHz, fmt.encoding);
    }

    /** The validated fields of a fmt chunk. */
    private static final class Fmt {
        int channels;
        long sampleRateHz;
        int blockAlign;
        SampleEncoding encoding;

        static Fmt parse(byte[] b, int p, int size, String name) throws AudioFormatException {
            if (size < 16) {
                throw new AudioFormatException(name, "fmt chunk is too short (" + size + " bytes, need at least 16)");
            }
            int tag = AudioBytes.u16le(b, p);
            int channels = AudioBytes.u16le(b, p + 2);
            long rate = AudioBytes.u32le(b, p + 4);
            long byteRate = AudioBytes.u32le(b, p + 8);
            int blockAlign = AudioBytes.u16le(b, p + 12);
            int bits = AudioBytes.u16le(b, p + 14);
            int code = tag;
            String what = "format tag " + tag;
            if (tag == TAG_EXTENSIBLE) {
                if (size < 40) {
                    throw new AudioFormatException(name, "WAVE_FORMAT_EXTENSIBLE fmt chunk is too short (" + size
                            + " bytes, need 40)");
                }
                int cbSize = AudioBytes.u16le(b, p + 16);
                if (cbSize < 22) {
                    throw new AudioFormatException(name, "WAVE_FORMAT_EXTENSIBLE fmt chunk has extension size " + cbSize
                            + ", need 22");
                }
                int validBits = AudioBytes.u16le(b, p + 18);
                code = AudioBytes.u16le(b, p + 24);
                boolean knownGuid = true;
                for (int i = 0; i < GUID_TAIL.length; i++) {
                    knownGuid &= b[p + 26 + i] == GUID_TAIL[i];
                }
                if (!knownGuid || (code != TAG_PCM && code != TAG_FLOAT)) {
                    throw new AudioFormatException(name, "unsupported WAVE_FORMAT_EXTENSIBLE sub-format " + guid(b, p + 24)
                            + " (supported: PCM and IEEE float)");
                }
                if (validBits > bits) {
                    throw new AudioFormatException(name, "inconsistent fmt chunk: wValidBitsPerSample " + validBits
                            + " exceeds the container size of " + bits + " bits");
                }
                what = "WAVE_FORMAT_EXTENSIBLE " + (code == TAG_PCM ? "PCM" : "float");
            }
            SampleEncoding enc;
            if (code == TAG_PCM) {
                if (bits != 8 && bits != 16 && bits != 24 && bits != 32) {
                    throw new AudioFormatException(name, "unsupported PCM bits per sample: " + bits
                            + " (supported: 8, 16, 24, 32)");
                }
                enc = SampleEncoding.pcm(bits);
            } else if (code == TAG_FLOAT) {
                if (bits != 32 && bits != 64) {
                    throw new AudioFormatException(name, "unsupported float bits per sample: " + bits
                            + " (supported: 32, 64)");
                }
                enc = bits == 32 ? SampleEncoding.FLOAT_32 : SampleEncoding.FLOAT_64;
            } else {
                throw new AudioFormatException(name, "unsupported WAV format tag " + String.format("0x%04X", tag)
                        + tagName(tag) + " (supported: 1 PCM, 3 IEEE float, 0xFFFE extensible)");
            }
            if (channels == 0) {
                throw new AudioFormatException(name, "inconsistent fmt chunk: 0 channels");
            }
            if (rate == 0) {
                throw new AudioFormatException(name, "inconsistent fmt chunk: sample rate is 0 Hz");
            }
            int expectAlign = channels * enc.bytesPerSample();
            if (blockAlign != expectAlign) {
                throw new AudioFormatException(name, "inconsistent fmt chunk: blockAlign is " + blockAlign + " but "
                        + channels + " channels × " + enc.bytesPerSample() + " bytes (" + what + ", " + bits
                        + " bits) = " + expectAlign);
            }
            if (byteRate != rate * blockAlign) {
                throw new AudioFormatException(name, "inconsistent fmt chunk: byteRate is " + byteRate + " but " + rate
                        + " Hz × blockAlign " + blockAlign + " = " + rate * blockAlign);
            }
            Fmt f = new Fmt();
            f.channels = channels;
            f.sampleRateHz = rate;
            f.blockAlign = blockAlign;
            f.encoding = enc;
            return f;
        }

        private static String guid(byte[] b, int p) {
            StringBuilder sb = new StringBuilder("{");
            sb.append(String.format("%08X-%04X-%04X-", AudioBytes.u32le(b, p), AudioBytes.u16le(b, p + 4),
                    AudioBytes.u16le(b, p + 6)));
            for (int i = 8; i < 16; i++) {
                if (i == 10) {
                    sb.append('-');
                }
                sb.append(String.format("%02X", b[p + i] & 0xff));
            }
            return sb.append('}').toString();
        }

        private static String tagName(int tag) {
            switch (tag) {
                case 0x0002: return " (Microsoft ADPCM)";
                case 0x0006: return " (A-law)";
                case 0x0007: return " (mu-law)";
                case 0x0011: return " (IMA ADPCM)";
                case 0x0031: return " (GSM 6.10)";
                case 0x0050: return " (MPEG)";
                case 0x0055: return " (MPEG Layer 3)";
                default: return "";
            }
        }
    }
}
