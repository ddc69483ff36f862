package tfr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectrogramCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void chirp() {
        CliRun.run(dir, "signal", "chirp", "--duration-sec", "0.5", "--out", "c.wav", "--quiet").ok();
    }

    private static int[] pixels(Path p) throws IOException {
        BufferedImage img = ImageIO.read(p.toFile());
        assertNotNull(img, p + " is not a PNG");
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    @Test
    void ordinaryAndReassignedImages() throws IOException {
        CliRun r = CliRun.run(dir, "spectrogram", "c.wav", "--out", "plain.png").ok();
        assertTrue(r.out.contains("wrote " + dir.resolve("plain.png")), r.out);
        CliRun.run(dir, "spectrogram", "c.wav", "--out", "sub/re.png", "--reassigned", "--quiet").ok();
        int[] plain = pixels(dir.resolve("plain.png"));
        int[] re = pixels(dir.resolve("sub/re.png"));
        assertEquals(plain.length, re.length, "same layout");
        assertFalse(Arrays.equals(plain, re), "the reassigned image differs from the ordinary one");
        CliRun.run(dir, "spectrogram", "c.wav", "--out", "small.png", "--time-px", "200", "--freq-px", "100",
                "--window", "blackman-harris", "--freq-scale", "log", "--quiet").ok();
        assertTrue(pixels(dir.resolve("small.png")).length < plain.length);
    }

    @Test
    void neverOverwritesWithoutForce() throws IOException {
        Files.writeString(dir.resolve("img.png"), "keep me");
        CliRun.run(dir, "spectrogram", "c.wav", "--out", "img.png").fails(1, "img.png", "already exists", "--force");
        assertEquals("keep me", Files.readString(dir.resolve("img.png")));
        CliRun.run(dir, "spectrogram", "c.wav", "--out", "img.png", "--force", "--quiet").ok();
        pixels(dir.resolve("img.png"));
    }

    @Test
    void usageErrors() {
        CliRun.run(dir, "spectrogram", "--out", "x.png").fails(2, "missing input file");
        CliRun.run(dir, "spectrogram", "c.wav").fails(2, "--out", "required");
        CliRun.run(dir, "spectrogram", "c.wav", "d.wav", "--out", "x.png").fails(2, "unexpected", "d.wav");
        CliRun.run(dir, "spectrogram", "gone.wav", "--out", "x.png").fails(2, "gone.wav", "no such file");
        CliRun.run(dir, "spectrogram", "c.wav", "--out", "x.png", "--points").fails(2, "unknown option",
                "--points", "see tfr spectrogram --help");
        CliRun.run(dir, "spectrogram", "c.wav", "--out", "x.png", "--hop-samples", "1.5").fails(2,
                "--hop-samples expects an integer, got '1.5'");
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void outputThatIsADirectory() throws IOException {
        Files.createDirectories(dir.resolve("taken.png"));
        CliRun.run(dir, "spectrogram", "c.wav", "--out", "taken.png").fails(2, "taken.png", "directory");
    }
}
