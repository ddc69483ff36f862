package tfr.cli;

import java.io.ByteArrayOutputStream;

/** Hand-crafted WAV files, including broken ones. */
final class WavBytes {
    private WavBytes() {
    }

    /**
     * A canonical WAV: RIFF header, 16-byte fmt chunk, data chunk declaring {@code declaredDataSize}
     * bytes followed by {@code data}.
     */
    static byte[] wav(int formatTag, int channels, int rate, int bits, long declaredDataSize, byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int blockAlign = channels * bits / 8;
        id(b, "RIFF");
        u32(b, 4 + 8 + 16 + 8 + data.length);
        id(b, "WAVE");
        id(b, "fmt ");
        u32(b, 16);
        u16(b, formatTag);
        u16(b, channels);
        u32(b, rate);
        u32(b, (long) rate * blockAlign);
        u16(b, blockAlign);
        u16(b, bits);
        id(b, "data");
        u32(b, declaredDataSize);
        b.writeBytes(data);
        return b.toByteArray();
    }

    /** Mono 32-bit float samples, little-endian. */
    static byte[] float32(float... samples) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (float f : samples) {
            u32(b, Float.floatToRawIntBits(f) & 0xFFFFFFFFL);
        }
        return b.toByteArray();
    }

    /** 16-bit PCM codes, little-endian. */
    static byte[] pcm16(int n, int code) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < n; i++) {
            u16(b, code);
        }
        return b.toByteArray();
    }

    private static void id(ByteArrayOutputStream b, String s) {
        for (int i = 0; i < 4; i++) {
            b.write(s.charAt(i));
        }
    }

    private static void u16(ByteArrayOutputStream b, int v) {
        b.write(v);
        b.write(v >>> 8);
    }

    private static void u32(ByteArrayOutputStream b, long v) {
        b.write((int) v);
        b.write((int) (v >>> 8));
        b.write((int) (v >>> 16));
        b.write((int) (v >>> 24));
    }
}
