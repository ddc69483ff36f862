package tfr.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Converts between interleaved stored samples and per-channel full-scale doubles. Shared by the WAV
 * and AIFF readers and writers; not public API.
 */
final class PcmCodec {
    private PcmCodec() {
    }

    /** How 8-bit samples are stored. */
    enum EightBit {
        /** WAV: unsigned, 128 is zero. */
        UNSIGNED_OFFSET_128,
        /** AIFF: two's complement. */
        SIGNED
    }

    /**
     * Decodes {@code frames} interleaved frames starting at {@code offset}. The caller has checked
     * that {@code frames * channels * bytesPerSample} bytes are available.
     *
     * @throws AudioFormatException if a float sample is NaN or infinite (names the first one by frame)
     */
    static double[][] decode(byte[] src, int offset, int frames, int channels, SampleEncoding encoding,
                             ByteOrder order, EightBit eightBit, String name) throws AudioFormatException {
        double[][] out = new double[channels][frames];
        int bytes = encoding.bytesPerSample();
        int stride = channels * bytes;
        boolean little = order == ByteOrder.LITTLE_ENDIAN;
        boolean finite = true;
        for (int c = 0; c < channels; c++) {
            double[] o = out[c];
            int p = offset + c * bytes;
            switch (encoding) {
                case PCM_U8: {
                    final double s = 1.0 / 128;
                    if (eightBit == EightBit.UNSIGNED_OFFSET_128) {
                        for (int i = 0; i < frames; i++, p += stride) {
                            o[i] = ((src[p] & 0xff) - 128) * s;
                        }
                    } else {
                        for (int i = 0; i < frames; i++, p += stride) {
                            o[i] = src[p] * s;
                        }
                    }
                    break;
                }
                case PCM_16: {
                    final double s = 1.0 / 32768;
                    if (little) {
                        for (int i = 0; i < frames; i++, p += stride) {
                            o[i] = (short) ((src[p] & 0xff) | (src[p + 1] << 8)) * s;
                        }
                    } else {
                        for (int i = 0; i < frames; i++, p += stride) {
                            o[i] = (short) ((src[p] << 8) | (src[p + 1] & 0xff)) * s;
                        }
                    }
                    break;
                }
                case PCM_24: {
                    final double s = 1.0 / 8388608;
                    if (little) {
                        for (int i = 0; i < frames; i++, p += stride) {
                            o[i] = ((src[p] & 0xff) | ((src[p + 1] & 0xff) << 8) | (src[p + 2] << 16)) * s;
                        }
                    } else {
                        for (int i = 0; i < frames; i++, p += stride) {
                            o[i] = ((src[p] << 16) | ((src[p + 1] & 0xff) << 8) | (src[p + 2] & 0xff)) * s;
                        }
                    }
                    break;
                }
                case PCM_32: {
                    final double s = 1.0 / 2147483648.0;
                    if (little) {
                        for (int i = 0; i < frames; i++, p += stride) {
                            o[i] = ((src[p] & 0xff) | ((src[p + 1] & 0xff) << 8) | ((src[p + 2] & 0xff) << 16)
                                    | (src[p + 3] << 24)) * s;
                        }
                    } else {
                        for (int i = 0; i < frames; i++, p += stride) {
                            o[i] = ((src[p] << 24) | ((src[p + 1] & 0xff) << 16) | ((src[p + 2] & 0xff) << 8)
                                    | (src[p + 3] & 0xff)) * s;
                        }
                    }
                    break;
                }
                case FLOAT_32: {
                    ByteBuffer bb = ByteBuffer.wrap(src).order(order);
                    for (int i = 0; i < frames; i++, p += stride) {
                        float v = bb.getFloat(p);
                        finite &= Float.isFinite(v);
                        o[i] = v;
                    }
                    break;
                }
                case FLOAT_64: {
                    ByteBuffer bb = ByteBuffer.wrap(src).order(order);
                    for (int i = 0; i < frames; i++, p += stride) {
                        double v = bb.getDouble(p);
                        finite &= Double.isFinite(v);
                        o[i] = v;
                    }
                    break;
                }
                default:
                    throw new AssertionError(encoding);
            }
        }
        if (!finite) {
            throw nonFinite(out, name);
        }
        return out;
    }

    /** Finds the first non-finite sample by frame, then channel. */
    private static AudioFormatException nonFinite(double[][] decoded, String name) {
        int frames = decoded[0].length;
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < decoded.length; c++) {
                double v = decoded[c][i];
                if (!Double.isFinite(v)) {
                    return new AudioFormatException(name, "contains a non-finite sample (" + describe(v) + ") at frame "
                            + i + ", channel " + c);
                }
            }
        }
        throw new AssertionError("no non-finite sample found");
    }

    static String describe(double v) {
        return Double.isNaN(v) ? "NaN" : v > 0 ? "+Infinity" : "-Infinity";
    }

    /** Result of encoding one block: how many samples were clipped to the PCM range. */
    static final class ClipCounter {
        long clipped;
    }

    /**
     * Encodes frames {@code [firstFrame, firstFrame + frameCount)} interleaved into {@code dst} from
     * offset 0. PCM is rounded to nearest (ties toward +inf) and clipped to the code range.
     *
     * @throws IllegalArgumentException for a NaN or infinite sample, or a value beyond the float32 range
     */
    static void encode(double[][] channels, int firstFrame, int frameCount, SampleEncoding encoding,
                       ByteOrder order, EightBit eightBit, byte[] dst, ClipCounter clips) {
        int nch = channels.length;
        boolean little = order == ByteOrder.LITTLE_ENDIAN;
        int p = 0;
        long clipped = 0;
        if (encoding.isFloat()) {
            ByteBuffer bb = ByteBuffer.wrap(dst).order(order);
            for (int i = firstFrame; i < firstFrame + frameCount; i++) {
                for (int c = 0; c < nch; c++) {
                    double x = channels[c][i];
                    checkFinite(x, i, c);
                    if (encoding == SampleEncoding.FLOAT_32) {
                        float f = (float) x;
                        if (Float.isInfinite(f)) {
                            throw new IllegalArgumentException("sample at frame " + i + ", channel " + c + " is " + x
                                    + ", beyond the float32 range (±3.4e38)");
                        }
                        bb.putFloat(p, f);
                        p += 4;
                    } else {
                        bb.putDouble(p, x);
                        p += 8;
                    }
                }
            }
            return;
        }
        int bits = encoding.bitsPerSample();
        double full = encoding.fullScale();
        double max = full - 1;
        double min = -full;
        for (int i = firstFrame; i < firstFrame + frameCount; i++) {
            for (int c = 0; c < nch; c++) {
                double x = channels[c][i];
                checkFinite(x, i, c);
                double q = Math.floor(x * full + 0.5);
                if (q > max) {
                    q = max;
                    clipped++;
                } else if (q < min) {
                    q = min;
                    clipped++;
                }
                int v = (int) q;
                switch (bits) {
                    case 8:
                        dst[p++] = (byte) (eightBit == EightBit.UNSIGNED_OFFSET_128 ? v + 128 : v);
                        break;
                    case 16:
                        if (little) {
                            dst[p++] = (byte) v;
                            dst[p++] = (byte) (v >> 8);
                        } else {
                            dst[p++] = (byte) (v >> 8);
                            dst[p++] = (byte) v;
                        }
                        break;
                    case 24:
                        if (little) {
                            dst[p++] = (byte) v;
                            dst[p++] = (byte) (v >> 8);
                            dst[p++] = (byte) (v >> 16);
                        } else {
                            dst[p++] = (byte) (v >> 16);
                            dst[p++] = (byte) (v >> 8);
                            dst[p++] = (byte) v;
                        }
                        break;
                    default:
                        if (little) {
                            dst[p++] = (byte) v;
                            dst[p++] = (byte) (v >> 8);
                            dst[p++] = (byte) (v >> 16);
                            dst[p++] = (byte) (v >> 24);
                        } else {
                            dst[p++] = (byte) (v >> 24);
                            dst[p++] = (byte) (v >> 16);
                            dst[p++] = (byte) (v >> 8);
                            dst[p++] = (byte) v;
                        }
                        break;
                }
            }
        }
        clips.clipped += clipped;
    }

    /**
     * Encodes all frames of {@code audio} in {@code audio.encoding()} and writes them to {@code out}
     * in blocks of about 64 KiB.
     *
     * @return the number of samples clipped to the PCM range
     */
    static long writeFrames(OutputStream out, AudioData audio, ByteOrder order, EightBit eightBit) throws IOException {
        double[][] channels = audio.channels();
        int frameBytes = audio.channelCount() * audio.encoding().bytesPerSample();
        int blockFrames = Math.max(1, (1 << 16) / frameBytes);
        byte[] buf = new byte[blockFrames * frameBytes];
        ClipCounter clips = new ClipCounter();
        int frames = audio.frameCount();
        for (int start = 0; start < frames; start += blockFrames) {
            int n = Math.min(blockFrames, frames - start);
            encode(channels, start, n, audio.encoding(), order, eightBit, buf, clips);
            out.write(buf, 0, n * frameBytes);
        }
        return clips.clipped;
    }

    private static void checkFinite(double x, int frame, int channel) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("sample at frame " + frame + ", channel " + channel + " is "
                    + describe(x) + "; audio files can only store finite samples");
        }
    }
}
