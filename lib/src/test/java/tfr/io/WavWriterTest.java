package tfr.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {
    @TempDir
    Path dir;

    private static byte[] data(byte[] wav, int headerBytes, int n) {
        return Arrays.copyOfRange(wav, headerBytes, headerBytes + n);
    }

    private static String[] listing(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(x -> x.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void pcm16BitPatternsRoundingAndClipping() throws Exception {
        Path p = dir.resolve("a.wav");
        double lsb = 1 / 32768.0;
        AudioWriteResult r = WavWriter.write(p, Overwrite.REFUSE,
                new double[] {0.5, -1.0, 1.0, 2.0, -3.0, 0.49 * lsb, 0.5 * lsb, -0.5 * lsb, -0.51 * lsb},
                44100, SampleEncoding.PCM_16);
        // 1.0, 2.0 and -3.0 are outside [-1, 1 - LSB]
        assertEquals(3, r.clippedSampleCount());
        byte[] f = Files.readAllBytes(p);
        assertEquals(44 + 18, f.length); // canonical 44-byte header, plain PCM fmt
        assertArrayEquals(Bytes.pcm16(0x4000, 0x8000, 0x7FFF, 0x7FFF, 0x8000, 0, 1, 0, 0xFFFF), data(f, 44, 18));
    }

    @Test
    void eightBitUnsignedAnd24BitPatterns() throws Exception {
        Path p8 = dir.resolve("a8.wav");
        WavWriter.write(p8, Overwrite.REFUSE, new double[] {0, -1, 0.5, 1.0, -0.5}, 8000, SampleEncoding.PCM_U8);
        byte[] f8 = Files.readAllBytes(p8);
        assertArrayEquals(new byte[] {(byte) 128, 0, (byte) 192, (byte) 255, 64}, data(f8, 44, 5));
        assertEquals(0, f8[49], "pad byte after odd-sized data");
        assertEquals(50, f8.length);

        Path p24 = dir.resolve("a24.wav");
        WavWriter.write(p24, Overwrite.REFUSE, new double[] {-1, 0.5, -1 / 8388608.0}, 48000, SampleEncoding.PCM_24);
        byte[] f24 = Files.readAllBytes(p24);
        int header = 12 + 8 + 40 + 8; // RIFF + extensible fmt + data header
        assertArrayEquals(new byte[] {0, 0, (byte) 0x80, 0, 0, 0x40, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
                data(f24, header, 9));
    }

    @Test
    void floatWritesFactChunkAndKeepsOutOfRangeValues() throws Exception {
        Path p = dir.resolve("f.wav");
        double[] x = {3.5, -7.25, 1e-40, 0.1};
        WavWriter.write(p, Overwrite.REFUSE, x, 96000, SampleEncoding.FLOAT_64);
        byte[] f = Files.readAllBytes(p);
        assertEquals("fact", new String(f, 12 + 8 + 18, 4, "US-ASCII"));
        assertArrayEquals(x, WavReader.read(p).channel(0));
    }

    @Test
    void rejectsNonFiniteNamingFrameAndLeavesNoFiles() throws Exception {
        double[][] ch = {new double[10], new double[10]};
        ch[1][7] = Double.NaN;
        for (SampleEncoding e : SampleEncoding.values()) {
            AudioData a = new AudioData(ch, 44100, e);
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                    () -> WavWriter.write(dir.resolve("bad.wav"), Overwrite.REFUSE, a));
            assertTrue(ex.getMessage().contains("frame 7, channel 1 is NaN"), ex.getMessage());
        }
        ch[1][7] = 1e39; // finite but beyond float32
        AudioData big = new AudioData(ch, 44100, SampleEncoding.FLOAT_32);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> WavWriter.write(dir.resolve("bad.wav"), Overwrite.REFUSE, big));
        assertTrue(ex.getMessage().contains("float32 range"), ex.getMessage());
        assertEquals(0, listing(dir).length, "no destination and no temporary file: " + Arrays.toString(listing(dir)));
    }

    @Test
    void rejectsRatesWavCannotStoreAndEmptyAudio() {
        IllegalArgumentException frac = assertThrows(IllegalArgumentException.class,
                () -> WavWriter.write(dir.resolve("r.wav"), Overwrite.REFUSE, new double[4], 22050.5, SampleEncoding.PCM_16));
        assertTrue(frac.getMessage().startsWith("sampleRateHz must be a whole number"), frac.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> WavWriter.write(dir.resolve("e.wav"), Overwrite.REFUSE, new double[0], 8000, SampleEncoding.PCM_16));
        assertTrue(empty.getMessage().contains("no frames"), empty.getMessage());
    }

    @Test
    void refuseLeavesExistingFileUntouchedAndReplaceReplaces() throws Exception {
        Path p = dir.resolve("keep.wav");
        Files.write(p, new byte[] {1, 2, 3});
        OutputExistsException e = assertThrows(OutputExistsException.class,
                () -> WavWriter.write(p, Overwrite.REFUSE, new double[] {0.1}, 8000, SampleEncoding.PCM_16));
        assertEquals(p + " already exists", e.getMessage());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(p));
        WavWriter.write(p, Overwrite.REPLACE, new double[] {0.25}, 8000, SampleEncoding.PCM_16);
        assertArrayEquals(new double[] {0.25}, WavReader.read(p).channel(0));
        assertArrayEquals(new String[] {"keep.wav"}, listing(dir));
    }
}
