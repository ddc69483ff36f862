package tfr.io;

import java.io.ByteArrayOutputStream;

/** Builds hand-crafted RIFF and IFF files for reader tests. */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean little;

    private Bytes(boolean little) {
        this.little = little;
    }

    static Bytes le() {
        return new Bytes(true);
    }

    static Bytes be() {
        return new Bytes(false);
    }

    Bytes id(String fourChars) {
        for (int i = 0; i < 4; i++) {
            out.write(fourChars.charAt(i));
        }
        return this;
    }

    Bytes u8(int v) {
        out.write(v);
        return this;
    }

    Bytes u16(int v) {
        if (little) {
            out.write(v);
            out.write(v >>> 8);
        } else {
            out.write(v >>> 8);
            out.write(v);
        }
        return this;
    }

    Bytes u32(long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (little ? 8 * i : 24 - 8 * i)));
        }
        return this;
    }

    Bytes f32(float v) {
        return u32(Float.floatToRawIntBits(v) & 0xFFFFFFFFL);
    }

    Bytes raw(byte... b) {
        out.write(b, 0, b.length);
        return this;
    }

    /** A chunk with its real size and a pad byte when the size is odd. */
    Bytes chunk(String id, byte[] body) {
        return chunk(id, body.length, body);
    }

    /** A chunk with a declared size that may lie; pads when the real body length is odd. */
    Bytes chunk(String id, long declaredSize, byte[] body) {
        id(id).u32(declaredSize).raw(body);
        if ((body.length & 1) != 0) {
            out.write(0);
        }
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    int size() {
        return out.size();
    }

    // ---------------------------------------------------------------- WAV helpers

    /** A 16-byte PCM/float fmt chunk body. */
    static byte[] fmt(int tag, int channels, long rateHz, long byteRate, int blockAlign, int bits) {
        return le().u16(tag).u16(channels).u32(rateHz).u32(byteRate).u16(blockAlign).u16(bits).bytes();
    }

    /** A consistent fmt body. */
    static byte[] fmt(int tag, int channels, long rateHz, int bits) {
        int align = channels * bits / 8;
        return fmt(tag, channels, rateHz, rateHz * align, align, bits);
    }

    /** A 40-byte WAVE_FORMAT_EXTENSIBLE fmt body with the standard GUID for {@code subTag}. */
    static byte[] fmtExtensible(int channels, long rateHz, int bits, int validBits, int subTag) {
        int align = channels * bits / 8;
        return le().u16(0xFFFE).u16(channels).u32(rateHz).u32(rateHz * align).u16(align).u16(bits)
                .u16(22).u16(validBits).u32(0).u16(subTag).raw(WavReader.GUID_TAIL).bytes();
    }

    /** RIFF/WAVE with a correct RIFF size around the given chunk bytes. */
    static byte[] riff(byte[] chunks) {
        return riff(4 + chunks.length, chunks);
    }

    static byte[] riff(long riffSize, byte[] chunks) {
        return le().id("RIFF").u32(riffSize).id("WAVE").raw(chunks).bytes();
    }

    /** 16-bit little-endian samples. */
    static byte[] pcm16(int... codes) {
        Bytes b = le();
        for (int c : codes) {
            b.u16(c);
        }
        return b.bytes();
    }
}
