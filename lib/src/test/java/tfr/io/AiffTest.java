package tfr.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AiffTest {
    @TempDir
    Path dir;

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    // ---------------------------------------------------------------- 80-bit extended

    @ParameterizedTest
    @CsvSource({
        "8000,    400BFA00000000000000",
        "44100,   400EAC44000000000000",
        "48000,   400EBB80000000000000",
        "96000,   400FBB80000000000000",
        "22050.5, 400DAC45000000000000",
        "1,       3FFF8000000000000000",
        "0,       00000000000000000000",
    })
    void extendedRateBitPatternsBothWays(double rateHz, String bytes) {
        assertArrayEquals(hex(bytes), Extended80.encode(rateHz));
        assertEquals(rateHz, Extended80.decode(hex(bytes), 0));
    }

    @Test
    void extendedRoundTripsEveryDoubleExactlyIncludingSubnormals() {
        Random r = new Random(7);
        double[] special = {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -2.5, 1e-300, 3 * Double.MIN_VALUE};
        for (double v : special) {
            assertEquals(v, Extended80.decode(Extended80.encode(v), 0), "value " + v);
        }
        for (int i = 0; i < 100_000; i++) {
            double v = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(v)) {
                assertEquals(v, Extended80.decode(Extended80.encode(v), 0));
            }
        }
    }

    @Test
    void extendedDecodeRoundsTheWiderMantissaToNearest() {
        // 1 + 2^-53 + 2^-63: just above the halfway point between 1 and 1 + 2^-52 -> rounds up
        byte[] b = hex("3FFF8000000000000401");
        assertEquals(1 + Math.ulp(1.0), Extended80.decode(b, 0));
        // exactly halfway (1 + 2^-53): ties to even -> 1.0
        assertEquals(1.0, Extended80.decode(hex("3FFF8000000000000400"), 0));
        assertTrue(Double.isNaN(Extended80.decode(hex("7FFF8000000000000000"), 0)), "infinity encoding");
    }

    // ---------------------------------------------------------------- hand-crafted files

    /** A COMM body for plain AIFF. */
    private static byte[] comm(int channels, long frames, int bits, double rateHz) {
        return Bytes.be().u16(channels).u32(frames).u16(bits).raw(Extended80.encode(rateHz)).bytes();
    }

    /** A COMM body for AIFF-C. */
    private static byte[] commC(int channels, long frames, int bits, double rateHz, String compression) {
        return Bytes.be().raw(comm(channels, frames, bits, rateHz)).id(compression).u8(4).raw("none".getBytes()).u8(0).bytes();
    }

    private static byte[] ssnd(byte[] samples) {
        return Bytes.be().u32(0).u32(0).raw(samples).bytes();
    }

    private static byte[] form(String type, byte[] chunks) {
        return Bytes.be().id("FORM").u32(4 + chunks.length).id(type).raw(chunks).bytes();
    }

    private static String rejected(byte[] file) {
        AudioFormatException e = assertThrows(AudioFormatException.class, () -> AiffReader.read(file, "x.aiff"));
        assertTrue(e.getMessage().startsWith("x.aiff: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        return e.getMessage();
    }

    private static void assertContains(String msg, String... words) {
        for (String w : words) {
            assertTrue(msg.contains(w), () -> "expected '" + w + "' in: " + msg);
        }
    }

    @Test
    void readsBigEndianPcmAndSigned8Bit() throws Exception {
        byte[] f = form("AIFF", Bytes.be().chunk("COMM", comm(2, 2, 16, 44100))
                .chunk("SSND", ssnd(Bytes.be().u16(0x4000).u16(0x8000).u16(1).u16(0xFFFF).bytes())).bytes());
        AudioData a = AiffReader.read(f, "x.aiff");
        assertEquals(44100.0, a.sampleRateHz());
        assertArrayEquals(new double[] {0.5, 1 / 32768.0}, a.channel(0));
        assertArrayEquals(new double[] {-1.0, -1 / 32768.0}, a.channel(1));

        byte[] f8 = form("AIFF", Bytes.be().chunk("COMM", comm(1, 3, 8, 8000))
                .chunk("SSND", ssnd(new byte[] {0, (byte) 0x80, 0x40})).bytes());
        AudioData b = AiffReader.read(f8, "x.aiff");
        assertEquals(SampleEncoding.PCM_U8, b.encoding());
        assertArrayEquals(new double[] {0, -1, 0.5}, b.channel(0));
    }

    @Test
    void readsAifcSowtNoneAndFloatsWithChunksInAnyOrder() throws Exception {
        byte[] sowt = form("AIFC", Bytes.be().chunk("SSND", ssnd(Bytes.le().u16(0x4000).u16(0x8000).bytes()))
                .chunk("FVER", Bytes.be().u32(AiffWriter.AIFC_VERSION_1).bytes())
                .chunk("COMM", commC(1, 2, 16, 48000, "sowt")).bytes());
        AudioData a = AiffReader.read(sowt, "x.aifc");
        assertArrayEquals(new double[] {0.5, -1.0}, a.channel(0));

        byte[] none = form("AIFC", Bytes.be().chunk("COMM", commC(1, 1, 24, 48000, "NONE"))
                .chunk("SSND", ssnd(new byte[] {(byte) 0xC0, 0, 0})).chunk("ANNO", "hello".getBytes()).bytes());
        assertArrayEquals(new double[] {-0.5}, AiffReader.read(none, "x.aifc").channel(0));

        byte[] fl32 = form("AIFC", Bytes.be().chunk("COMM", commC(1, 2, 32, 22050.5, "fl32"))
                .chunk("SSND", ssnd(Bytes.be().f32(2.5f).f32(-0.125f).bytes())).bytes());
        AudioData f = AiffReader.read(fl32, "x.aifc");
        assertEquals(SampleEncoding.FLOAT_32, f.encoding());
        assertEquals(22050.5, f.sampleRateHz());
        assertArrayEquals(new double[] {2.5, -0.125}, f.channel(0));

        byte[] fl64 = form("AIFC", Bytes.be().chunk("COMM", commC(1, 1, 64, 8000, "fl64"))
                .chunk("SSND", ssnd(Bytes.be().u32(Double.doubleToLongBits(0.1) >>> 32)
                        .u32(Double.doubleToLongBits(0.1) & 0xFFFFFFFFL).bytes())).bytes());
        assertArrayEquals(new double[] {0.1}, AiffReader.read(fl64, "x.aifc").channel(0));
    }

    @Test
    void ssndOffsetAndTrailingBlockPaddingAreHonoured() throws Exception {
        byte[] body = Bytes.be().u32(4).u32(0).raw(new byte[] {9, 9, 9, 9}).u16(0x2000).u16(0x1111).bytes();
        byte[] f = form("AIFF", Bytes.be().chunk("COMM", comm(1, 1, 16, 8000)).chunk("SSND", body).bytes());
        assertArrayEquals(new double[] {0.25}, AiffReader.read(f, "x.aiff").channel(0));
    }

    @Test
    void rejectsBadAiffFiles() {
        assertContains(rejected(new byte[0]), "empty file");
        assertContains(rejected("RIFF1234WAVE".getBytes()), "not an AIFF file");
        assertContains(rejected(Bytes.be().id("FORM").u32(4).id("8SVX").bytes()), "FORM type is '8SVX'");
        assertContains(rejected(form("AIFF", Bytes.be().chunk("SSND", ssnd(new byte[4])).bytes())), "no COMM chunk");
        assertContains(rejected(form("AIFF", Bytes.be().chunk("COMM", comm(1, 2, 16, 8000)).bytes())), "no SSND chunk");
        assertContains(rejected(form("AIFF", Bytes.be().chunk("COMM", comm(1, 0, 16, 8000)).bytes())), "has no audio frames");
        assertContains(rejected(form("AIFF", Bytes.be().chunk("COMM", comm(1, 2, 16, 8000))
                .chunk("SSND", 5000, ssnd(new byte[4])).bytes())), "truncated", "SSND chunk declares 5000 bytes but only 12 remain");
        assertContains(rejected(form("AIFF", Bytes.be().chunk("COMM", comm(2, 100, 16, 8000))
                .chunk("SSND", ssnd(new byte[40])).bytes())), "truncated", "100 frames (400 bytes)", "only 40 bytes");
        assertContains(rejected(form("AIFF", Bytes.be().chunk("COMM", comm(0, 1, 16, 8000))
                .chunk("SSND", ssnd(new byte[4])).bytes())), "0 channels");
        assertContains(rejected(form("AIFF", Bytes.be().chunk("COMM", comm(1, 1, 16, 0))
                .chunk("SSND", ssnd(new byte[4])).bytes())), "sample rate is 0.0 Hz");
        assertContains(rejected(form("AIFF", Bytes.be().chunk("COMM", comm(1, 1, 40, 8000))
                .chunk("SSND", ssnd(new byte[8])).bytes())), "unsupported sample size: 40 bits");
        assertContains(rejected(form("AIFC", Bytes.be().chunk("COMM", commC(1, 1, 16, 8000, "ulaw"))
                .chunk("SSND", ssnd(new byte[4])).bytes())), "unsupported AIFF-C compression type 'ulaw'");
        assertContains(rejected(form("AIFC", Bytes.be().chunk("COMM", comm(1, 1, 16, 8000))
                .chunk("SSND", ssnd(new byte[4])).bytes())), "COMM chunk is too short", "AIFF-C");
        assertContains(rejected(form("AIFC", Bytes.be().chunk("COMM", commC(1, 2, 32, 8000, "fl32"))
                .chunk("SSND", ssnd(Bytes.be().f32(0).f32(Float.NaN).bytes())).bytes())),
                "non-finite sample (NaN) at frame 1, channel 0");
    }

    // ---------------------------------------------------------------- writer

    @Test
    void writerStoresFractionalRateAndBigEndianSigned8Bit() throws Exception {
        Path p = dir.resolve("a.aiff");
        AudioWriteResult r = AiffWriter.write(p, Overwrite.REFUSE,
                AudioData.mono(new double[] {0, -1, 0.5, 1.0, -0.5}, 22050.5, SampleEncoding.PCM_U8));
        assertEquals(1, r.clippedSampleCount()); // +1.0
        byte[] f = Files.readAllBytes(p);
        // FORM(12) COMM(8+18) SSND header(8+8)
        assertArrayEquals(hex("400DAC45000000000000"), Arrays.copyOfRange(f, 12 + 8 + 8, 12 + 8 + 18));
        assertArrayEquals(new byte[] {0, (byte) 0x80, 0x40, 0x7F, (byte) 0xC0}, Arrays.copyOfRange(f, 54, 59));
        assertEquals(0, f[59], "pad byte");
        assertEquals(60, f.length);
        AudioData back = AiffReader.read(p);
        assertEquals(22050.5, back.sampleRateHz());
        assertArrayEquals(new double[] {0, -1, 0.5, 127 / 128.0, -0.5}, back.channel(0));
    }

    @Test
    void writerRejectsNaNAndLeavesNoFiles() throws Exception {
        AudioData a = AudioData.mono(new double[] {0, Double.POSITIVE_INFINITY}, 8000, SampleEncoding.PCM_16);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AiffWriter.write(dir.resolve("x.aiff"), Overwrite.REFUSE, a));
        assertTrue(e.getMessage().contains("frame 1, channel 0 is +Infinity"), e.getMessage());
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }
}
