package tfr.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavReaderTest {
    @TempDir
    Path dir;

    /** Asserts a one-line AudioFormatException starting with the source name; returns the message. */
    private static String rejected(byte[] file) {
        AudioFormatException e = assertThrows(AudioFormatException.class, () -> WavReader.read(file, "x.wav"));
        String msg = e.getMessage();
        assertTrue(msg.startsWith("x.wav: "), msg);
        assertFalse(msg.contains("\n"), msg);
        assertEquals("x.wav", e.sourceName());
        return msg;
    }

    private static void assertContains(String msg, String... words) {
        for (String w : words) {
            assertTrue(msg.contains(w), () -> "expected '" + w + "' in: " + msg);
        }
    }

    private static byte[] simpleMono16(int... codes) {
        return Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 44100, 16)).chunk("data", Bytes.pcm16(codes)).bytes());
    }

    @Test
    void readsMinimalPcm16WithExactValues() throws Exception {
        AudioData a = WavReader.read(simpleMono16(0, 1, -1, 0x7FFF, 0x8000, 0x4000), "x.wav");
        assertEquals(1, a.channelCount());
        assertEquals(44100.0, a.sampleRateHz());
        assertEquals(SampleEncoding.PCM_16, a.encoding());
        // code / 32768, exact in binary floating point
        assertArrayEquals(new double[] {0, 1 / 32768.0, -1 / 32768.0, 32767 / 32768.0, -1.0, 0.5}, a.channel(0));
    }

    @Test
    void readsInterleavedStereoAnd8kHz() throws Exception {
        byte[] f = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 2, 8000, 16))
                .chunk("data", Bytes.pcm16(100, -100, 200, -200, 300, -300)).bytes());
        AudioData a = WavReader.read(f, "x.wav");
        assertEquals(8000.0, a.sampleRateHz());
        assertEquals(3, a.frameCount());
        assertEquals(3 / 8000.0, a.durationSec(), 1e-15); // 1e-15: one division, double rounding only
        assertArrayEquals(new double[] {100 / 32768.0, 200 / 32768.0, 300 / 32768.0}, a.channel(0));
        assertArrayEquals(new double[] {-100 / 32768.0, -200 / 32768.0, -300 / 32768.0}, a.channel(1));
    }

    @Test
    void eightBitIsUnsignedOffset128() throws Exception {
        byte[] f = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 8000, 8))
                .chunk("data", new byte[] {(byte) 128, 0, (byte) 255, (byte) 192, 64}).bytes());
        AudioData a = WavReader.read(f, "x.wav");
        assertEquals(SampleEncoding.PCM_U8, a.encoding());
        assertArrayEquals(new double[] {0, -1, 127 / 128.0, 0.5, -0.5}, a.channel(0));
    }

    @Test
    void twentyFourAndThirtyTwoBitSignExtension() throws Exception {
        byte[] d24 = {0x00, 0x00, (byte) 0x80, (byte) 0xFF, (byte) 0xFF, 0x7F, 0x01, 0x00, 0x00};
        AudioData a = WavReader.read(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 48000, 24))
                .chunk("data", d24).bytes()), "x.wav");
        assertArrayEquals(new double[] {-1.0, 8388607 / 8388608.0, 1 / 8388608.0}, a.channel(0));
        byte[] d32 = Bytes.le().u32(0x80000000L).u32(0x7FFFFFFFL).u32(0xFFFFFFFFL).bytes();
        AudioData b = WavReader.read(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 48000, 32))
                .chunk("data", d32).bytes()), "x.wav");
        assertArrayEquals(new double[] {-1.0, 2147483647 / 2147483648.0, -1 / 2147483648.0}, b.channel(0));
    }

    @Test
    void chunksInAnyOrderAndUnknownOddChunksSkipped() throws Exception {
        byte[] f = Bytes.riff(Bytes.le()
                .chunk("LIST", new byte[] {1, 2, 3}) // odd size: pad byte follows
                .chunk("data", Bytes.pcm16(1000, 2000))
                .chunk("junk", new byte[7])
                .chunk("fmt ", Bytes.fmt(1, 1, 22050, 16)).bytes());
        AudioData a = WavReader.read(f, "x.wav");
        assertEquals(22050.0, a.sampleRateHz());
        assertArrayEquals(new double[] {1000 / 32768.0, 2000 / 32768.0}, a.channel(0));
    }

    @Test
    void extensiblePcmWithFewerValidBitsAndExtensibleFloat() throws Exception {
        // 20 valid bits left-justified in a 24-bit container: code 0x12345 << 4
        int code = 0x12345 << 4;
        byte[] data = {(byte) code, (byte) (code >> 8), (byte) (code >> 16)};
        AudioData a = WavReader.read(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmtExtensible(1, 96000, 24, 20, 1))
                .chunk("data", data).bytes()), "x.wav");
        assertEquals(SampleEncoding.PCM_24, a.encoding());
        assertEquals(0x12345 / 524288.0, a.channel(0)[0]); // 20-bit full scale 2^19, exact
        AudioData f = WavReader.read(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmtExtensible(2, 44100, 32, 32, 3))
                .chunk("data", Bytes.le().f32(0.25f).f32(-2.5f).bytes()).bytes()), "x.wav");
        assertEquals(SampleEncoding.FLOAT_32, f.encoding());
        assertArrayEquals(new double[] {0.25}, f.channel(0));
        assertArrayEquals(new double[] {-2.5}, f.channel(1));
    }

    @Test
    void floatBeyondFullScaleIsKept() throws Exception {
        byte[] f = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(3, 1, 44100, 32))
                .chunk("data", Bytes.le().f32(3.5f).f32(-7f).f32(1e30f).bytes()).bytes());
        assertArrayEquals(new double[] {3.5, -7, 1e30f}, WavReader.read(f, "x.wav").channel(0));
    }

    // ---------------------------------------------------------------- size lies streaming writers leave

    @Test
    void riffSizeIgnoredWhenWrong() throws Exception {
        byte[] chunks = Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 44100, 16)).chunk("data", Bytes.pcm16(5, 6, 7)).bytes();
        assertEquals(3, WavReader.read(Bytes.riff(0, chunks), "x.wav").frameCount());
        assertEquals(3, WavReader.read(Bytes.riff(0xFFFFFFFFL, chunks), "x.wav").frameCount());
        assertEquals(3, WavReader.read(Bytes.riff(999_999, chunks), "x.wav").frameCount());
    }

    @Test
    void dataSizePlaceholderFfffffffRunsToEndOfFile() throws Exception {
        byte[] f = Bytes.riff(0xFFFFFFFFL, Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 44100, 16))
                .chunk("data", 0xFFFFFFFFL, Bytes.pcm16(1, 2, 3, 4)).bytes());
        assertArrayEquals(new double[] {1 / 32768.0, 2 / 32768.0, 3 / 32768.0, 4 / 32768.0},
                WavReader.read(f, "x.wav").channel(0));
    }

    @Test
    void dataSizeZeroPlaceholderWithUnpatchedRiffSize() throws Exception {
        byte[] chunks = Bytes.le().chunk("fmt ", Bytes.fmt(1, 2, 44100, 16)).chunk("data", 0, Bytes.pcm16(1, 2, 3, 4)).bytes();
        assertEquals(2, WavReader.read(Bytes.riff(0, chunks), "x.wav").frameCount());
        assertEquals(2, WavReader.read(Bytes.riff(0xFFFFFFFFL, chunks), "x.wav").frameCount());
        assertEquals(2, WavReader.read(Bytes.riff(36, chunks), "x.wav").frameCount()); // header-only RIFF size
    }

    @Test
    void genuinelyEmptyDataChunkInsideCorrectRiffIsEmpty() {
        byte[] f = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 44100, 16)).chunk("data", new byte[0])
                .chunk("LIST", new byte[12]).bytes());
        assertContains(rejected(f), "has no audio frames");
    }

    @Test
    void placeholderDataBeforeFmtIsRejected() {
        byte[] f = Bytes.riff(0xFFFFFFFFL, Bytes.le().chunk("data", 0xFFFFFFFFL, Bytes.pcm16(1, 2))
                .chunk("fmt ", Bytes.fmt(1, 1, 44100, 16)).bytes());
        assertContains(rejected(f), "no fmt chunk before the data chunk");
    }

    @Test
    void truncatedTrailingUnknownChunkTolerated() throws Exception {
        byte[] f = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 44100, 16)).chunk("data", Bytes.pcm16(9))
                .id("LIST").u32(5000).raw(new byte[10]).bytes());
        assertEquals(1, WavReader.read(f, "x.wav").frameCount());
    }

    // ---------------------------------------------------------------- rejections

    @Test
    void rejectsEmptyFile() {
        assertContains(rejected(new byte[0]), "empty file", "0 bytes");
    }

    @Test
    void rejectsNonRiff() {
        assertContains(rejected("ID3\u0003 some mp3 junk".getBytes()), "not a RIFF/WAVE file", "MP3");
        assertContains(rejected(Bytes.le().id("RIFF").u32(4).id("AVI ").bytes()), "not a RIFF/WAVE", "'AVI '");
        assertContains(rejected("RIFF".getBytes()), "truncated");
        assertContains(rejected(Bytes.le().id("RF64").u32(0).id("WAVE").bytes()), "RF64");
    }

    @Test
    void rejectsMissingChunks() {
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("data", Bytes.pcm16(1)).bytes())), "no fmt chunk");
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 44100, 16)).bytes())), "no data chunk");
        assertContains(rejected(Bytes.riff(new byte[0])), "no fmt chunk");
    }

    @Test
    void rejectsTruncatedDataWithSizes() {
        byte[] f = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 2, 22050, 16)).chunk("data", 88200, new byte[1000]).bytes());
        assertEquals("x.wav: truncated: data chunk declares 88200 bytes but only 1000 remain", rejected(f));
    }

    @Test
    void rejectsTruncatedFmtAndUnknownChunkBeforeData() {
        byte[] fmt = Bytes.riff(Bytes.le().id("fmt ").u32(16).raw(new byte[6]).bytes());
        assertContains(rejected(fmt), "truncated", "fmt chunk declares 16 bytes but only 6 remain");
        byte[] junk = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 44100, 16)).id("LIST").u32(100).raw(new byte[4]).bytes());
        assertContains(rejected(junk), "truncated", "'LIST' chunk declares 100 bytes");
    }

    @Test
    void rejectsDataNotWholeFrames() {
        byte[] f = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 2, 44100, 16)).chunk("data", new byte[6]).bytes());
        assertContains(rejected(f), "size 6 bytes is not a multiple of blockAlign 4", "2 channels × 2 bytes");
    }

    @Test
    void rejectsInconsistentFmt() {
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 2, 44100, 176400, 2, 16))
                .chunk("data", new byte[8]).bytes())), "blockAlign is 2", "2 channels × 2 bytes");
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 44100, 44100, 2, 16))
                .chunk("data", new byte[8]).bytes())), "byteRate is 44100", "88200");
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 0, 44100, 0, 0, 16))
                .chunk("data", new byte[8]).bytes())), "0 channels");
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 0, 0, 2, 16))
                .chunk("data", new byte[8]).bytes())), "sample rate is 0 Hz");
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("fmt ", new byte[14])
                .chunk("data", new byte[8]).bytes())), "fmt chunk is too short");
    }

    @Test
    void rejectsUnsupportedFormats() {
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 44100, 88200, 2, 12))
                .chunk("data", new byte[8]).bytes())), "unsupported PCM bits per sample: 12");
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(3, 1, 44100, 16))
                .chunk("data", new byte[8]).bytes())), "unsupported float bits per sample: 16");
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(6, 1, 8000, 8))
                .chunk("data", new byte[8]).bytes())), "unsupported WAV format tag 0x0006", "A-law");
        byte[] badGuid = Bytes.fmtExtensible(1, 44100, 16, 16, 1);
        badGuid[39] = 0x00; // last GUID byte
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("fmt ", badGuid).chunk("data", new byte[8]).bytes())),
                "unsupported WAVE_FORMAT_EXTENSIBLE sub-format", "{00000001-0000-0010-8000-00AA00389B00}");
        assertContains(rejected(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmtExtensible(1, 44100, 16, 20, 1))
                .chunk("data", new byte[8]).bytes())), "wValidBitsPerSample 20 exceeds", "16 bits");
    }

    @Test
    void rejectsZeroFrames() {
        byte[] f = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 44100, 16)).chunk("data", new byte[0]).bytes());
        assertContains(rejected(f), "has no audio frames");
    }

    @Test
    void rejectsNonFiniteFloatNamingFirstFrameAndChannel() {
        Bytes data = Bytes.le();
        for (int i = 0; i < 200; i++) {
            data.f32(i == 123 ? Float.NaN : 0.1f);
        }
        byte[] mono = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(3, 1, 44100, 32)).chunk("data", data.bytes()).bytes());
        assertEquals("x.wav: contains a non-finite sample (NaN) at frame 123, channel 0", rejected(mono));

        // stereo: channel 0 bad at frame 9, channel 1 bad at frame 5 -> frame 5 is reported
        Bytes st = Bytes.le();
        for (int i = 0; i < 10; i++) {
            st.f32(i == 9 ? Float.NEGATIVE_INFINITY : 0f).f32(i == 5 ? Float.POSITIVE_INFINITY : 0f);
        }
        byte[] stereo = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(3, 2, 44100, 32)).chunk("data", st.bytes()).bytes());
        assertContains(rejected(stereo), "non-finite sample (+Infinity) at frame 5, channel 1");

        byte[] f64 = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(3, 1, 44100, 64))
                .chunk("data", Bytes.le().u32(0).u32(0x7FF80000L).bytes()).bytes());
        assertContains(rejected(f64), "(NaN) at frame 0, channel 0");
    }

    @Test
    void readFromPathNamesTheFile() throws Exception {
        Path p = dir.resolve("tone.wav");
        Files.write(p, simpleMono16(1, 2, 3));
        assertEquals(3, WavReader.read(p).frameCount());
        Path bad = dir.resolve("bad.wav");
        Files.write(bad, new byte[0]);
        AudioFormatException e = assertThrows(AudioFormatException.class, () -> WavReader.read(bad));
        assertEquals(bad + ": empty file (0 bytes)", e.getMessage());
        NoSuchFileException missing = assertThrows(NoSuchFileException.class, () -> WavReader.read(dir.resolve("nope.wav")));
        assertTrue(missing.getMessage().contains("nope.wav") && missing.getMessage().contains("no such file"),
                missing.getMessage());
    }

    @Test
    void decodesFiveMinutesOfCdMono() throws Exception {
        int frames = 300 * 44100;
        byte[] data = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            int v = (i * 7919) & 0xFFFF;
            data[2 * i] = (byte) v;
            data[2 * i + 1] = (byte) (v >> 8);
        }
        Path p = dir.resolve("long.wav");
        Files.write(p, Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(1, 1, 44100, 16)).chunk("data", data).bytes()));
        AudioData a = WavReader.read(p);
        assertEquals(frames, a.frameCount());
        assertEquals((short) ((12345 * 7919) & 0xFFFF) / 32768.0, a.channel(0)[12345]);
        assertEquals((short) (((frames - 1) * 7919) & 0xFFFF) / 32768.0, a.channel(0)[frames - 1]);
    }
}
