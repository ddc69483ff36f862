package tfr.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tfr.io.AudioData;
import tfr.io.AudioFiles;
import tfr.io.Overwrite;
import tfr.io.PartialsCsv;
import tfr.io.SampleEncoding;
import tfr.io.SdifReader;
import tfr.io.WavWriter;
import tfr.model.PartialSet;

/** The additive-model outputs of {@code tfr analyze} and the {@code tfr synth} command. */
class ModelCommandsTest {
    static final double FS = 44100;

    @TempDir
    Path dir;

    private double[] toneWav(String name, int frames) throws IOException {
        double[] x = new double[frames];
        for (int n = 0; n < frames; n++) {
            x[n] = (float) (0.5 * Math.cos(2 * Math.PI * 1000.37 * n / FS + 0.3)); // what the float WAV holds
        }
        WavWriter.write(dir.resolve(name), Overwrite.REFUSE, x, FS, SampleEncoding.FLOAT_32);
        return x;
    }

    @Test
    void analyzeWritesPartialsResynthesisResidualAndSummary() throws IOException {
        double[] x = toneWav("t.wav", 44100);
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--quiet").ok();
        Path out = dir.resolve("o");
        List<String[]> rows = CliRun.csv(out.resolve("partials.csv"));
        assertArrayEquals(new String[] {"partial", "time_s", "freq_hz", "amp", "phase_rad", "bandwidth"}, rows.get(0));
        PartialSet set = PartialsCsv.read(out.resolve("partials.csv"));
        assertEquals(1, set.size(), "one steady tone, one partial");
        assertEquals(set, SdifReader.read(out.resolve("partials.sdif")), "SDIF RBEP holds the same partials");
        // interior breakpoints: the tone's frequency and amplitude
        set.get(0).breakpoints().stream().filter(b -> b.amp() > 0 && b.timeSec() > 0.05 && b.timeSec() < 0.95).forEach(b -> {
            assertEquals(1000.37, b.freqHz(), 5e-3);
            assertEquals(0.5, b.amp(), 0.5 * 0.0023); // 0.02 dB
        });
        AudioData y = AudioFiles.read(out.resolve("resynth.wav"));
        AudioData r = AudioFiles.read(out.resolve("residual.wav"));
        assertEquals(SampleEncoding.FLOAT_32, y.encoding());
        assertEquals(SampleEncoding.FLOAT_32, r.encoding());
        assertEquals(x.length, y.frameCount());
        assertEquals(x.length, r.frameCount());
        assertEquals(FS, r.sampleRateHz());
        double[] ys = y.mixdown();
        double[] rs = r.mixdown();
        for (int n = 0; n < x.length; n++) {
            // residual = input − resynthesis in double, each then rounded to float: 2 float ulps at 0.5
            assertEquals(x[n] - ys[n], rs[n], 1.2e-7, "sample " + n);
        }
        Map<String, Object> summary = CliRun.json(out.resolve("summary.json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> snr = (Map<String, Object>) summary.get("snr");
        assertTrue(((Number) snr.get("whole_db")).doubleValue() >= 40, "whole-file SNR " + snr);
        assertTrue(((Number) snr.get("interior_db")).doubleValue() >= 60, "interior SNR " + snr);
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) summary.get("counts");
        assertEquals(1, ((Number) counts.get("partials")).intValue());
        assertEquals(set.breakpointCount(), ((Number) counts.get("breakpoints")).intValue());
        assertTrue(((Map<?, ?>) summary.get("stage_timings")).containsKey("tracking_s"));
    }

    @Test
    void lorisStyleSettingsSetTheWindowAndHop() throws IOException {
        toneWav("t.wav", 20000);
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--resolution-hz", "70", "--quiet").ok();
        Map<String, Object> a = CliRun.json(dir.resolve("o/analysis.json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> an = (Map<String, Object>) a.get("analysis");
        assertEquals("kaiser", an.get("window"));
        assertEquals(2485, ((Number) an.get("window_samples")).intValue()); // 1 + 2·round(√(π²+β²)·fs/(π·140))
        assertEquals(315, ((Number) an.get("hop_samples")).intValue());     // fs / 140
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) a.get("model");
        assertEquals(70.0, ((Number) model.get("resolution_hz")).doubleValue());
        assertEquals(35.0, ((Number) model.get("drift_hz")).doubleValue());
    }

    /**
     * --onsets: a tone switched on at 0.25 s (0.5 ms attack) reaches its amplitude at the onset by default
     * (within 2 ms) and over 10 ms late faded in the Loris way (at its first clean peak); summary.json
     * records the choice.
     */
    @Test
    void onsetsAreFoundOrFadedIn() throws IOException {
        double fs = 44100;
        double[] x = new double[(int) (0.8 * fs)];
        for (int n = 0; n < x.length; n++) {
            double t = n / fs - 0.25;
            if (t >= 0) {
                x[n] = 0.4 * Math.min(1, t / 0.0005) * Math.cos(2 * Math.PI * 330.7 * t);
            }
        }
        WavWriter.write(dir.resolve("on.wav"), Overwrite.REFUSE, x, fs, SampleEncoding.FLOAT_32);
        double[] startSec = new double[2];
        String[] modes = {"find", "fade-in"};
        for (int i = 0; i < 2; i++) {
            CliRun.run(dir, "analyze", "on.wav", "--out", modes[i], "--onsets", modes[i], "--quiet").ok();
            @SuppressWarnings("unchecked")
            Map<String, Object> model = (Map<String, Object>) CliRun.json(dir.resolve(modes[i] + "/summary.json")).get("model");
            assertEquals(modes[i], model.get("onsets"));
            PartialSet set = PartialsCsv.read(dir.resolve(modes[i] + "/partials.csv"));
            assertEquals(1, set.size(), modes[i] + ": " + set);
            startSec[i] = set.get(0).breakpoints().get(1).timeSec(); // where it reaches its amplitude
        }
        assertEquals(0.25, startSec[0], 0.002, "found onset: full amplitude at " + startSec[0]);
        assertTrue(startSec[1] > 0.25 + 0.01, "faded in: full amplitude at " + startSec[1]);
        CliRun.run(dir, "analyze", "on.wav", "--out", "bad", "--onsets", "sometimes").fails(2, "--onsets", "sometimes");
    }

    /** Window and hop keep their 44.1 kHz durations at other rates unless a sample count is given. */
    @Test
    void defaultWindowScalesWithTheRate() throws IOException {
        double[] x = new double[11025];
        for (int n = 0; n < x.length; n++) {
            x[n] = 0.3 * Math.cos(2 * Math.PI * 440 * n / 22050.0);
        }
        WavWriter.write(dir.resolve("t22.wav"), Overwrite.REFUSE, x, 22050, SampleEncoding.PCM_16);
        CliRun.run(dir, "analyze", "t22.wav", "--out", "a", "--quiet").ok();
        @SuppressWarnings("unchecked")
        Map<String, Object> an = (Map<String, Object>) CliRun.json(dir.resolve("a/analysis.json")).get("analysis");
        assertEquals(1024, ((Number) an.get("window_samples")).intValue());
        assertEquals(256, ((Number) an.get("hop_samples")).intValue());
        CliRun.run(dir, "analyze", "t22.wav", "--out", "b", "--window-samples", "2048", "--quiet").ok();
        @SuppressWarnings("unchecked")
        Map<String, Object> bn = (Map<String, Object>) CliRun.json(dir.resolve("b/analysis.json")).get("analysis");
        assertEquals(2048, ((Number) bn.get("window_samples")).intValue());
        assertEquals(512, ((Number) bn.get("hop_samples")).intValue());
    }

    @Test
    void lorisStyleConflictsWithSampleCounts() throws IOException {
        toneWav("t.wav", 20000);
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--resolution-hz", "70", "--window-samples", "1024")
                .fails(2, "--window-samples", "--resolution-hz");
        assertFalse(Files.exists(dir.resolve("o/partials.csv")));
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--resolution-hz", "-3").fails(2, "--resolution-hz");
    }

    @Test
    void synthRendersWhatAnalyzeResynthesised() throws IOException {
        toneWav("t.wav", 30000);
        CliRun.run(dir, "analyze", "t.wav", "--out", "o", "--quiet").ok();
        CliRun.run(dir, "synth", "o/partials.csv", "--out", "y.wav", "--quiet").ok();
        CliRun.run(dir, "synth", "o/partials.sdif", "--out", "z.wav", "--quiet").ok();
        double[] fromAnalyze = AudioFiles.read(dir.resolve("o/resynth.wav")).mixdown();
        double[] y = AudioFiles.read(dir.resolve("y.wav")).mixdown();
        double[] z = AudioFiles.read(dir.resolve("z.wav")).mixdown();
        assertTrue(y.length >= fromAnalyze.length, "synth renders up to the last breakpoint and its fade");
        for (int n = 0; n < fromAnalyze.length; n++) {
            assertEquals(fromAnalyze[n], y[n], 0.0, "sample " + n);
            assertEquals(fromAnalyze[n], z[n], 0.0, "sample " + n);
        }
    }

    @Test
    void synthBadInputIsOneLine() throws IOException {
        CliRun.run(dir, "synth", "missing.csv", "--out", "y.wav").fails(2, "missing.csv", "no such file");
        Files.writeString(dir.resolve("p.txt"), "x");
        CliRun.run(dir, "synth", "p.txt", "--out", "y.wav").fails(2, "unknown partials format");
        Files.writeString(dir.resolve("p.csv"), "partial,time_s,freq_hz,amp,phase_rad\n0,0.1,440,-1,0\n");
        CliRun.run(dir, "synth", "p.csv", "--out", "y.wav").fails(2, "p.csv line 2", "amp");
        Files.writeString(dir.resolve("q.sdif"), "SDIF but not really");
        CliRun.run(dir, "synth", "q.sdif", "--out", "y.wav").fails(2, "q.sdif");
        Files.writeString(dir.resolve("ok.csv"), "partial,time_s,freq_hz,amp,phase_rad\n0,0.0,440,0.1,0\n0,0.1,440,0.1,0.5\n");
        Files.writeString(dir.resolve("y.wav"), "precious");
        CliRun.run(dir, "synth", "ok.csv", "--out", "y.wav").fails(1, "already exists", "--force");
        assertEquals("precious", Files.readString(dir.resolve("y.wav")));
        CliRun.run(dir, "synth", "ok.csv", "--out", "y.wav", "--rate", "44100.5").fails(2, "--rate");
        Files.writeString(dir.resolve("far.csv"), "partial,time_s,freq_hz,amp,phase_rad\n0,0.0,440,0.1,0\n0,1e7,440,0.1,0.5\n");
        CliRun.run(dir, "synth", "far.csv", "--out", "f.wav").fails(2, "far.csv", "longer than");
        CliRun.run(dir, "synth", "ok.csv", "--out", "y.wav", "--force", "--quiet").ok();
    }
}
