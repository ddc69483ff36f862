package tfr.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tfr.io.AudioData;
import tfr.io.WavReader;

class AudioPlayerTest {
    static byte[] embedded(String html) {
        Matcher m = Pattern.compile("data:audio/wav;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        assertTrue(m.find());
        return Base64.getDecoder().decode(m.group(1));
    }

    /** The embedded WAV decodes back to the samples within half a 16-bit step. */
    @Test
    void embedsTheSoundAsAWavDataUri() throws Exception {
        double[] x = new double[8000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5 * Math.sin(2 * Math.PI * 440 * i / 8000.0);
        }
        String html = AudioPlayer.html(x, 8000, "A <440> tone");
        assertTrue(html.contains("<audio controls"));
        assertTrue(html.contains("A &lt;440&gt; tone"));
        AudioData a = WavReader.read(embedded(html), "player");
        assertEquals(8000, a.sampleRateHz());
        double[] y = a.channel(0);
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], y[i], 0.5 / 32768 + 1e-12);
        }
    }

    @Test
    void loudSoundsAreScaledNotClippedAndTheCaptionSaysSo() throws Exception {
        double[] x = {0, 2, -4, 1};
        String html = AudioPlayer.html(x, 8000, "loud");
        assertTrue(html.contains("scaled by -12.1 dB"), html);
        double[] y = WavReader.read(embedded(html), "player").channel(0);
        assertEquals(-0.99, y[2], 1.0 / 32768);
        assertArrayEquals(new double[] {0, 2, -4, 1}, x); // input untouched
    }

    @Test
    void rejectsEmptyAndNonFiniteInput() {
        assertThrows(IllegalArgumentException.class, () -> AudioPlayer.html(new double[0], 8000));
        assertThrows(IllegalArgumentException.class, () -> AudioPlayer.html(new double[] {Double.NaN}, 8000));
    }
}
