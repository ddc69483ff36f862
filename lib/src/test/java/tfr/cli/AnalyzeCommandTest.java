package tfr.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tfr.io.AudioData;
import tfr.io.AudioFiles;
import tfr.io.Overwrite;
import tfr.io.SampleEncoding;
import tfr.io.WavWriter;
import tfr.signals.Signal;
import tfr.signals.Signals;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private static final List<String> IMAGES = List.of("spectrogram.png", "reassigned.png");

    private static BufferedImage png(Path p) throws IOException {
        assertTrue(Files.isRegularFile(p), p + " missing");
        BufferedImage img = ImageIO.read(p.toFile());
        assertNotNull(img, p + " is not a readable PNG");
        assertTrue(img.getWidth() > 100 && img.getHeight() > 100, p + " is too small");
        return img;
    }

    /** Writes a tone file and returns its path. */
    private Path toneWav(String name, double rate, int frames, SampleEncoding enc) throws IOException {
        double[] x = new double[frames];
        for (int n = 0; n < frames; n++) {
            x[n] = 0.5 * Math.cos(2 * Math.PI * 440.0 * n / rate);
        }
        Path p = dir.resolve(name);
        WavWriter.write(p, Overwrite.REFUSE, x, rate, enc);
        return p;
    }

    /** Asserts the images, points.csv and analysis.json of a run into {@code out}; returns analysis.json. */
    private Map<String, Object> assertOutputs(Path out) throws IOException {
        for (String img : IMAGES) {
            png(out.resolve(img));
        }
        Map<String, Object> meta = CliRun.json(out.resolve("analysis.json"));
        assertTrue(meta.containsKey("analysis") && meta.containsKey("input") && meta.containsKey("timings"));
        if (Files.exists(out.resolve("points.csv"))) {
            List<String[]> rows = CliRun.csv(out.resolve("points.csv"));
            assertArrayEquals(PointsCsv.HEADER.toArray(), rows.get(0));
        }
        return meta;
    }

    @Test
    @SuppressWarnings("unchecked")
    void exampleWithoutInputWritesImagesPointsMetadataAndTheExample() throws IOException {
        CliRun r = CliRun.run(dir, "analyze", "--out", "ex", "--points").ok();
        Path out = dir.resolve("ex");
        assertTrue(r.out.contains("wrote " + out.resolve("reassigned.png")), r.out);
        Map<String, Object> meta = assertOutputs(out);
        List<String[]> rows = CliRun.csv(out.resolve("points.csv"));
        assertTrue(rows.get(0)[0].equals("time_s") && rows.get(0)[1].equals("freq_hz") && rows.get(0)[2].equals("amp"));
        assertTrue(rows.size() > 1000, "points: " + rows.size());
        for (String[] row : rows.subList(1, 50)) {
            assertEquals(8, row.length);
            Double.parseDouble(row[0]);
            Double.parseDouble(row[1]);
        }
        Map<String, Object> input = (Map<String, Object>) meta.get("input");
        assertEquals(Boolean.TRUE, input.get("example"));
        assertEquals(44100.0, input.get("sample_rate_hz"));
        assertEquals(132300.0, input.get("frames"));
        assertEquals(3.0, input.get("duration_sec"));
        assertEquals(1.0, input.get("channels"));
        assertEquals("mix", input.get("channel"));
        Map<String, Object> result = (Map<String, Object>) meta.get("result");
        assertEquals((double) (rows.size() - 1), result.get("points"));
        assertTrue((Double) result.get("stft_frames") > 200);
        Map<String, Object> timings = (Map<String, Object>) meta.get("timings");
        assertTrue((Double) timings.get("total_s") >= 0);

        AudioData example = AudioFiles.read(out.resolve("example.wav"));
        assertEquals(SampleEncoding.FLOAT_32, example.encoding());
        assertEquals(132300, example.frameCount());
        Map<String, Object> truth = CliRun.json(out.resolve("example.json"));
        assertEquals(3, ((List<Object>) truth.get("components")).size());
    }

    @Test
    void exampleDefaultsToOutInTheWorkingDirectory() throws IOException {
        CliRun.run(dir, "analyze", "--quiet").ok();
        assertOutputs(dir.resolve("out"));
        assertTrue(Files.exists(dir.resolve("out/example.wav")));
        assertFalse(Files.exists(dir.resolve("out/points.csv")), "points only with --points");
    }

    @Test
    void quietPrintsNothingAndAProgressLineOnlyOnATerminal() {
        CliRun quiet = CliRun.run(dir, true, "analyze", "--out", "q", "--quiet").ok();
        assertEquals("", quiet.out);
        CliRun plain = CliRun.run(dir, false, "analyze", "--out", "p").ok(); // not a terminal: no progress
        assertFalse(plain.out.isEmpty());
        CliRun tty = CliRun.run(dir, true, "analyze", "--out", "t");
        assertEquals(0, tty.code);
        assertTrue(tty.err.contains("\rreassign 100%"), tty.err);
        assertTrue(tty.err.endsWith("\r"), "progress line must be erased: " + tty.err);
        assertFalse(tty.err.contains("\n"), tty.err);
    }

    @Test
    @SuppressWarnings("unchecked")
    void analysisJsonRecordsEveryParameter() throws IOException {
        Path in = toneWav("t.wav", 44100, 20000, SampleEncoding.PCM_16);
        CliRun.run(dir, "analyze", in.toString(), "--out", "o", "--window", "kaiser", "--kaiser-beta", "7.5",
                "--hop-samples", "256", "--window-samples", "1024", "--fft-size", "4096", "--derivative",
                "central-difference", "--edges", "inside", "--signal", "analytic", "--order", "first",
                "--floor-db", "-120", "--symmetry", "periodic", "--freq-scale", "log", "--max-freq-hz", "5000",
                "--time-px", "300", "--freq-px", "200", "--range-db", "100", "--quiet").ok();
        Map<String, Object> meta = assertOutputs(dir.resolve("o"));
        Map<String, Object> a = (Map<String, Object>) meta.get("analysis");
        assertEquals("kaiser", a.get("window"));
        assertEquals(7.5, a.get("kaiser_beta"));
        assertEquals(1024.0, a.get("window_samples"));
        assertEquals(256.0, a.get("hop_samples"));
        assertEquals(4096.0, a.get("fft_size_effective"));
        assertEquals("central-difference", a.get("derivative"));
        assertEquals("inside", a.get("edges"));
        assertEquals("analytic", a.get("signal"));
        assertEquals("first", a.get("order"));
        assertEquals("periodic", a.get("symmetry"));
        assertEquals(-120.0, a.get("floor_db"));
        Map<String, Object> im = (Map<String, Object>) meta.get("image");
        assertEquals("log", im.get("freq_scale"));
        assertEquals(20.0, im.get("min_freq_hz"));
        assertEquals(5000.0, im.get("max_freq_hz"));
        Map<String, Object> input = (Map<String, Object>) meta.get("input");
        assertEquals(in.toString(), input.get("file"));
        assertEquals("pcm16", input.get("encoding"));
        assertEquals(20000.0, input.get("frames"));
        // --edges inside: 1 + floor((20000 - 1024) / 256) frames
        assertEquals(1.0 + (20000 - 1024) / 256, ((Map<String, Object>) meta.get("result")).get("stft_frames"));
    }

    // ------------------------------------------------------------------ odd but valid input

    @Test
    @SuppressWarnings("unchecked")
    void stereo24BitMixOrOneChannel() throws IOException {
        int n = 30000;
        double[] left = new double[n];
        double[] right = new double[n];
        for (int i = 0; i < n; i++) {
            left[i] = 0.5 * Math.sin(2 * Math.PI * 300 * i / 48000.0);
            right[i] = 0.25 * Math.sin(2 * Math.PI * 5000 * i / 48000.0);
        }
        Path in = dir.resolve("st.wav");
        WavWriter.write(in, Overwrite.REFUSE, new AudioData(new double[][] {left, right}, 48000, SampleEncoding.PCM_24));
        CliRun.run(dir, "analyze", "st.wav", "--out", "mix", "--points", "--quiet").ok();
        Map<String, Object> meta = assertOutputs(dir.resolve("mix"));
        assertEquals(2.0, ((Map<String, Object>) meta.get("input")).get("channels"));
        assertEquals("pcm24", ((Map<String, Object>) meta.get("input")).get("encoding"));
        CliRun.run(dir, "analyze", "st.wav", "--out", "right", "--channel", "1", "--points", "--quiet").ok();
        Map<String, Object> right1 = assertOutputs(dir.resolve("right"));
        assertEquals(1.0, ((Map<String, Object>) right1.get("input")).get("channel"));
        // the right channel holds only 5 kHz: its loudest point is there
        double loudestFreq = loudest(dir.resolve("right/points.csv"))[1];
        assertEquals(5000, loudestFreq, 1.0);
        CliRun.run(dir, "analyze", "st.wav", "--out", "bad", "--channel", "2").fails(2, "--channel", "2",
                "st.wav");
        CliRun.run(dir, "analyze", "st.wav", "--out", "bad", "--channel", "left").fails(2, "--channel", "mix");
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    /** The row (time_s, freq_hz, amp, magnitude) of the loudest point. */
    private static double[] loudest(Path csv) throws IOException {
        double[] best = null;
        List<String[]> rows = CliRun.csv(csv);
        for (String[] row : rows.subList(1, rows.size())) {
            double mag = Double.parseDouble(row[3]);
            if (best == null || mag > best[3]) {
                best = new double[] {Double.parseDouble(row[0]), Double.parseDouble(row[1]), Double.parseDouble(row[2]),
                    mag};
            }
        }
        assertNotNull(best, "no points in " + csv);
        return best;
    }

    @Test
    void fileShorterThanTheWindow() throws IOException {
        toneWav("short.wav", 44100, 1000, SampleEncoding.FLOAT_32);
        CliRun.run(dir, "analyze", "short.wav", "--out", "s", "--points", "--quiet").ok();
        assertOutputs(dir.resolve("s"));
        assertTrue(CliRun.csv(dir.resolve("s/points.csv")).size() > 1);
        // frames wholly inside the signal: none fit, yet the (empty) images are written
        CliRun.run(dir, "analyze", "short.wav", "--out", "i", "--points", "--edges", "inside", "--quiet").ok();
        assertOutputs(dir.resolve("i"));
        assertEquals(1, CliRun.csv(dir.resolve("i/points.csv")).size());
    }

    @Test
    void singleSampleFile() throws IOException {
        WavWriter.write(dir.resolve("one.wav"), Overwrite.REFUSE, new double[] {0.5}, 44100, SampleEncoding.PCM_16);
        CliRun.run(dir, "analyze", "one.wav", "--out", "o", "--points", "--quiet").ok();
        assertOutputs(dir.resolve("o"));
    }

    @Test
    void silenceStillGivesImages() throws IOException {
        WavWriter.write(dir.resolve("zero.wav"), Overwrite.REFUSE, new double[44100], 44100, SampleEncoding.PCM_16);
        CliRun.run(dir, "analyze", "zero.wav", "--out", "z", "--points", "--quiet").ok();
        assertOutputs(dir.resolve("z"));
        assertEquals(1, CliRun.csv(dir.resolve("z/points.csv")).size(), "silence has no points above the floor");
    }

    @Test
    void eightKilohertz() throws IOException {
        toneWav("8k.wav", 8000, 8000, SampleEncoding.PCM_16);
        CliRun.run(dir, "analyze", "8k.wav", "--out", "e", "--points", "--quiet").ok();
        assertOutputs(dir.resolve("e"));
        assertEquals(440, loudest(dir.resolve("e/points.csv"))[1], 0.1);
        // log axis at 8 kHz, and a minimum frequency above Nyquist is refused
        CliRun.run(dir, "analyze", "8k.wav", "--out", "l", "--freq-scale", "log", "--quiet").ok();
        CliRun.run(dir, "analyze", "8k.wav", "--out", "x", "--min-freq-hz", "5000").fails(2, "--min-freq-hz",
                "Nyquist");
    }

    @Test
    void floatSamplesBeyondFullScale() throws IOException {
        double[] x = new double[20000];
        for (int n = 0; n < x.length; n++) {
            x[n] = 1.5 * Math.cos(2 * Math.PI * 1000.0 * n / 44100);
        }
        WavWriter.write(dir.resolve("hot.wav"), Overwrite.REFUSE, x, 44100, SampleEncoding.FLOAT_32);
        CliRun.run(dir, "analyze", "hot.wav", "--out", "h", "--points", "--quiet").ok();
        assertOutputs(dir.resolve("h"));
        double[] top = loudest(dir.resolve("h/points.csv"));
        assertEquals(1000, top[1], 0.1);
        assertEquals(1.5, top[2], 0.01, "scalloping-corrected amplitude");
    }

    @Test
    void aiffInput() throws IOException {
        Signal s = Signal.render(44100, 0.5, Signals.tone(440, 0.5));
        AudioFiles.write(dir.resolve("t.aiff"), Overwrite.REFUSE, AudioData.mono(s.samples(), 44100,
                SampleEncoding.PCM_16));
        CliRun.run(dir, "analyze", "t.aiff", "--out", "a", "--quiet").ok();
        assertOutputs(dir.resolve("a"));
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void missingInputFile() {
        CliRun.run(dir, "analyze", "nope.wav", "--out", "o").fails(2, "nope.wav", "no such file");
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void directoryAsInput() throws IOException {
        Files.createDirectories(dir.resolve("d.wav"));
        CliRun.run(dir, "analyze", "d.wav", "--out", "o").fails(2, "d.wav", "directory");
    }

    @Test
    void unreadableInputFile() throws IOException {
        Path in = toneWav("locked.wav", 44100, 1000, SampleEncoding.PCM_16);
        boolean locked = in.toFile().setReadable(false, false) && !Files.isReadable(in); // root reads anyway
        if (locked) {
            CliRun.run(dir, "analyze", "locked.wav", "--out", "o").fails(2, "locked.wav", "permission denied");
        }
        in.toFile().setReadable(true, false);
    }

    @Test
    void emptyFile() throws IOException {
        Files.write(dir.resolve("empty.wav"), new byte[0]);
        CliRun.run(dir, "analyze", "empty.wav", "--out", "o").fails(2, "empty.wav", "empty");
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void truncatedWav() throws IOException {
        byte[] full = WavBytes.wav(1, 1, 44100, 16, 2000, WavBytes.pcm16(1000, 100));
        Files.write(dir.resolve("cut.wav"), java.util.Arrays.copyOf(full, full.length - 500));
        CliRun.run(dir, "analyze", "cut.wav", "--out", "o").fails(2, "cut.wav", "truncated");
    }

    @Test
    void wavWhoseDataSizeLies() throws IOException {
        // declares 1 MB of samples but holds 200 bytes
        Files.write(dir.resolve("lie.wav"), WavBytes.wav(1, 1, 44100, 16, 1_000_000, WavBytes.pcm16(100, 7)));
        CliRun.run(dir, "analyze", "lie.wav", "--out", "o").fails(2, "lie.wav", "1000000");
    }

    @Test
    void notAWav() throws IOException {
        Files.writeString(dir.resolve("text.wav"), "this is not audio, just some text\n");
        CliRun.run(dir, "analyze", "text.wav", "--out", "o").fails(2, "text.wav", "not a WAV");
        byte[] mp3 = new byte[64];
        mp3[0] = 'I';
        mp3[1] = 'D';
        mp3[2] = '3';
        mp3[3] = 3;
        Files.write(dir.resolve("song.wav"), mp3);
        CliRun.run(dir, "analyze", "song.wav", "--out", "o").fails(2, "song.wav", "not a WAV");
    }

    @Test
    void nanAndInfinityInAFloatWav() throws IOException {
        Files.write(dir.resolve("nan.wav"), WavBytes.wav(3, 1, 44100, 32, 16,
                WavBytes.float32(0.1f, Float.NaN, 0.2f, 0.3f)));
        CliRun.run(dir, "analyze", "nan.wav", "--out", "o").fails(2, "nan.wav", "NaN");
        Files.write(dir.resolve("inf.wav"), WavBytes.wav(3, 1, 44100, 32, 16,
                WavBytes.float32(0.1f, 0.2f, Float.POSITIVE_INFINITY, 0.3f)));
        CliRun.run(dir, "analyze", "inf.wav", "--out", "o").fails(2, "inf.wav", "non-finite", "Infinity");
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void badAnalysisOptions() throws IOException {
        toneWav("t.wav", 44100, 5000, SampleEncoding.PCM_16);
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--hop-samples", "0").fails(2, "--hop-samples", "1 to",
                "got 0");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--window-samples", "-512").fails(2, "--window-samples",
                "-512");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--window-samples", "3").fails(2, "--window-samples",
                "4", "got 3");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--fft-size", "1024").fails(2, "--fft-size",
                "--window-samples", "2048");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--window", "triangle").fails(2, "--window", "triangle",
                "hann");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--kaiser-beta", "-1").fails(2, "--kaiser-beta");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--floor-db", "nan").fails(2, "--floor-db", "number");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--max-freq-hz", "100", "--min-freq-hz", "200")
                .fails(2, "--max-freq-hz", "--min-freq-hz");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--freq-scale", "log", "--min-freq-hz", "0")
                .fails(2, "--min-freq-hz", "log");
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void badUsage() throws IOException {
        toneWav("t.wav", 44100, 5000, SampleEncoding.PCM_16);
        String msg = CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--hop-samples", "abc").fails(2);
        assertEquals("tfr: error: --hop-samples expects an integer, got 'abc'", msg);
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--bogus", "1").fails(2, "unknown option", "--bogus",
                "see tfr analyze --help");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--hop", "3").fails(2, "--hop", "did you mean --hop-samples",
                "see tfr analyze --help");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--hop-samples").fails(2, "--hop-samples", "missing");
        CliRun.run(dir, "analyze", "t.wav", "--hop-samples", "--out", "o").fails(2, "--hop-samples", "missing");
        CliRun.run(dir, "analyze", "t.wav", "--out").fails(2, "--out", "missing");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--points=yes").fails(2, "--points", "no value");
        CliRun.run(dir, "analyze", "t.wav").fails(2, "--out", "required");
        CliRun.run(dir, "analyze", "t.wav", "u.wav", "--out", "o").fails(2, "unexpected", "u.wav");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "-x").fails(2, "unknown option", "-x");
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--window-samples", "99999999999").fails(2,
                "--window-samples", "range");
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void optionFormsAndOrder() throws IOException {
        toneWav("t.wav", 44100, 5000, SampleEncoding.PCM_16);
        CliRun.run(dir, "analyze", "--hop-samples=256", "--out=o", "--floor-db", "-100", "t.wav", "--quiet").ok();
        assertOutputs(dir.resolve("o"));
    }

    // ------------------------------------------------------------------ never overwrite without --force

    @Test
    void existingOutputsAreLeftAloneAndNothingElseIsWritten() throws IOException {
        toneWav("t.wav", 44100, 5000, SampleEncoding.PCM_16);
        Path out = Files.createDirectories(dir.resolve("o"));
        Files.writeString(out.resolve("points.csv"), "precious\n");
        Map<Path, String> before = CliRun.snapshot(out);
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--points").fails(1, "points.csv", "already exists",
                "--force");
        assertEquals(before, CliRun.snapshot(out));
        assertEquals(List.of(Path.of("points.csv")), List.copyOf(before.keySet()), "no other output written");
    }

    @Test
    void rerunRefusesUntilForced() throws IOException {
        CliRun.run(dir, "analyze", "--out", "o", "--points", "--quiet").ok();
        Path out = dir.resolve("o");
        Map<Path, String> before = CliRun.snapshot(out);
        // spectrogram, reassigned, points, analysis.json, partials png+csv+sdif, resynth, residual, summary, example wav+json
        assertEquals(12, before.size());
        String msg = CliRun.run(dir, "analyze", "--out", "o", "--points", "--window", "hamming").fails(1,
                "already exist", "--force");
        assertTrue(msg.contains("11 other outputs"), msg);
        assertEquals(before, CliRun.snapshot(out), "outputs must stay byte-identical");
        CliRun.run(dir, "analyze", "--out", "o", "--points", "--window", "hamming", "--force", "--quiet").ok();
        assertNotEquals(before, CliRun.snapshot(out));
        assertEquals(before.keySet(), CliRun.snapshot(out).keySet(), "no temporary files left behind");
    }

    @Test
    void outputDirectoryThatIsAFile() throws IOException {
        Files.writeString(dir.resolve("plain"), "x");
        CliRun.run(dir, "analyze", "--out", "plain").fails(2, "plain", "not a directory");
    }
}
