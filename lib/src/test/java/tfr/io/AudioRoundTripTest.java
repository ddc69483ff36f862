package tfr.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every encoding × {1, 2, 3} channels × {WAV, AIFF}: write, read back, compare. */
class AudioRoundTripTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        for (AudioFiles.Format f : AudioFiles.Format.values()) {
            for (SampleEncoding e : SampleEncoding.values()) {
                for (int ch = 1; ch <= 3; ch++) {
                    list.add(Arguments.of(f, e, ch));
                }
            }
        }
        return list.stream();
    }

    /** A test signal: edge values first, then seeded noise; floats also get values beyond ±1. */
    static double[][] signal(int channels, int frames, SampleEncoding enc, long seed) {
        Random r = new Random(seed);
        double lsb = 1 / enc.fullScale();
        double[] edges = {0, -1, 1 - lsb, 0.5, -0.5, lsb, -lsb, 0.3 * lsb, 1e-12};
        double[][] x = new double[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                x[c][i] = i < edges.length ? edges[(i + c) % edges.length]
                        : (r.nextDouble() * 2 - 1) * (enc.isFloat() ? 4 : 1 - lsb);
            }
        }
        return x;
    }

    static double quantize(double x, SampleEncoding enc) {
        if (enc == SampleEncoding.FLOAT_32) {
            return (float) x;
        }
        if (enc == SampleEncoding.FLOAT_64) {
            return x;
        }
        double fs = enc.fullScale();
        double q = Math.max(-fs, Math.min(fs - 1, Math.floor(x * fs + 0.5)));
        return q / fs;
    }

    @ParameterizedTest(name = "{0} {1} {2}ch")
    @MethodSource("cases")
    void roundTrip(AudioFiles.Format format, SampleEncoding enc, int channels) throws Exception {
        int frames = 1001; // odd, so 8-bit mono data needs a pad byte
        double rate = format == AudioFiles.Format.AIFF ? 22050.5 : 48000;
        AudioData in = new AudioData(signal(channels, frames, enc, 42 + channels), rate, enc);
        Path p = dir.resolve("t." + (format == AudioFiles.Format.WAV ? "wav" : "aiff"));
        AudioWriteResult res = AudioFiles.write(p, Overwrite.REFUSE, in);
        assertEquals(frames, res.frameCount());
        assertEquals(0, res.clippedSampleCount());

        AudioData out = AudioFiles.read(p);
        assertEquals(channels, out.channelCount());
        assertEquals(frames, out.frameCount());
        assertEquals(rate, out.sampleRateHz());
        assertEquals(enc, out.encoding());
        double halfLsb = enc.isFloat() ? 0 : 0.5 / enc.fullScale();
        for (int c = 0; c < channels; c++) {
            double[] got = out.channel(c);
            double[] x = in.channel(c);
            for (int i = 0; i < frames; i++) {
                // Exact: the expected value is quantised independently of the writer.
                assertEquals(quantize(x[i], enc), got[i], 0.0, "channel " + c + " frame " + i);
                if (!enc.isFloat()) {
                    // Rounding to nearest: error at most half an LSB (x stays below +1 - LSB).
                    assertTrue(Math.abs(got[i] - x[i]) <= halfLsb, "channel " + c + " frame " + i);
                }
            }
        }

        // Writing what was read reproduces the file byte for byte.
        Path p2 = dir.resolve("again." + (format == AudioFiles.Format.WAV ? "wav" : "aiff"));
        AudioFiles.write(p2, Overwrite.REFUSE, out);
        assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(p2));

        byte[] bytes = Files.readAllBytes(p);
        assertEquals(0, bytes.length % 2, "RIFF/IFF files have even length (pad byte)");
        if (format == AudioFiles.Format.WAV) {
            int tag = (bytes[20] & 0xff) | (bytes[21] & 0xff) << 8;
            boolean extensible = channels > 2 || (!enc.isFloat() && enc.bitsPerSample() > 16);
            assertEquals(extensible ? 0xFFFE : enc.isFloat() ? 3 : 1, tag, "WAV format tag");
            long riffSize = (bytes[4] & 0xffL) | (bytes[5] & 0xffL) << 8 | (bytes[6] & 0xffL) << 16 | (bytes[7] & 0xffL) << 24;
            assertEquals(bytes.length - 8, riffSize, "RIFF size");
        } else {
            assertEquals(enc.isFloat() ? "AIFC" : "AIFF", new String(bytes, 8, 4, "US-ASCII"));
            long formSize = (bytes[4] & 0xffL) << 24 | (bytes[5] & 0xffL) << 16 | (bytes[6] & 0xffL) << 8 | (bytes[7] & 0xffL);
            assertEquals(bytes.length - 8, formSize, "FORM size");
        }
    }
}
