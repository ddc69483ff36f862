package tfr.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioFilesTest {
    @TempDir
    Path dir;

    @Test
    void dispatchesOnMagicBytesNotExtension() throws Exception {
        Path wavNamedAiff = dir.resolve("really-wav.aiff");
        Path tmp = dir.resolve("t.wav");
        WavWriter.write(tmp, Overwrite.REFUSE, new double[] {0.25, -0.5}, 8000, SampleEncoding.PCM_16);
        Files.move(tmp, wavNamedAiff);
        assertArrayEquals(new double[] {0.25, -0.5}, AudioFiles.read(wavNamedAiff).channel(0));

        Path aiffNamedWav = dir.resolve("really-aiff.wav");
        AiffWriter.write(dir.resolve("t.aif"), Overwrite.REFUSE, AudioData.mono(new double[] {0.75}, 8000, SampleEncoding.PCM_24));
        Files.move(dir.resolve("t.aif"), aiffNamedWav);
        assertArrayEquals(new double[] {0.75}, AudioFiles.read(aiffNamedWav).channel(0));
    }

    @Test
    void unknownFormatsGetAClearMessage() throws Exception {
        Path mp3 = dir.resolve("x.mp3");
        Files.write(mp3, new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        AudioFormatException e = assertThrows(AudioFormatException.class, () -> AudioFiles.read(mp3));
        assertTrue(e.getMessage().startsWith(mp3 + ": not a WAV or AIFF file"), e.getMessage());
        assertTrue(e.getMessage().contains("MP3"), e.getMessage());

        AudioFormatException txt = assertThrows(AudioFormatException.class,
                () -> AudioFiles.read("hello world, not audio".getBytes(), "notes.txt"));
        assertEquals("notes.txt: not a WAV or AIFF file (starts with 'hell')", txt.getMessage());
        assertEquals("e.wav: empty file (0 bytes)",
                assertThrows(AudioFormatException.class, () -> AudioFiles.read(new byte[0], "e.wav")).getMessage());
    }

    @Test
    void writeChoosesFormatByExtension() throws Exception {
        AudioData a = AudioData.mono(new double[] {0.5}, 8000, SampleEncoding.FLOAT_32);
        AudioFiles.write(dir.resolve("a.WAV"), Overwrite.REFUSE, a);
        AudioFiles.write(dir.resolve("a.aifc"), Overwrite.REFUSE, a);
        assertEquals(AudioFiles.Format.WAV, AudioFiles.detect(Files.readAllBytes(dir.resolve("a.WAV"))));
        assertEquals(AudioFiles.Format.AIFF, AudioFiles.detect(Files.readAllBytes(dir.resolve("a.aifc"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AudioFiles.write(dir.resolve("a.flac"), Overwrite.REFUSE, a));
        assertTrue(e.getMessage().contains("must end in .wav, .aif, .aiff or .aifc"), e.getMessage());
    }
}
