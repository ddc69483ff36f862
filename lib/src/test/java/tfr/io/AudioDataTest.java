package tfr.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AudioDataTest {
    private static final double[][] STEREO = {{1, 2, 3, 4}, {3, 4, 5, 8}};

    private static String iae(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void shapeAndDuration() {
        AudioData a = new AudioData(STEREO, 8000, SampleEncoding.PCM_16);
        assertEquals(2, a.channelCount());
        assertEquals(4, a.frameCount());
        assertEquals(0.0005, a.durationSec(), 0.0); // exact: 4/8000 correctly rounded is the double nearest 0.0005
    }

    @Test
    void validatesInConstructor() {
        assertTrue(iae(() -> new AudioData(new double[0][], 8000, SampleEncoding.PCM_16)).contains("at least 1 channel"));
        assertEquals("all channels must have the same length: channel 0 has 2 frames, channel 1 has 3",
                iae(() -> new AudioData(new double[][] {{1, 2}, {1, 2, 3}}, 8000, SampleEncoding.PCM_16)));
        assertEquals("sampleRateHz must be finite and > 0, got -1.0",
                iae(() -> new AudioData(STEREO, -1, SampleEncoding.PCM_16)));
        assertTrue(iae(() -> new AudioData(STEREO, Double.NaN, SampleEncoding.PCM_16)).contains("sampleRateHz"));
        assertTrue(iae(() -> new AudioData(STEREO, Double.POSITIVE_INFINITY, SampleEncoding.PCM_16)).contains("sampleRateHz"));
    }

    @Test
    void channelIsACopyMixdownIsTheMean() {
        AudioData a = new AudioData(STEREO, 8000, SampleEncoding.FLOAT_32);
        double[] c0 = a.channel(0);
        c0[0] = 99;
        assertEquals(1, a.channel(0)[0]);
        assertArrayEquals(new double[] {2, 3, 4, 6}, a.mixdown());
        AudioData mono = AudioData.mono(new double[] {0.5, -0.5}, 8000, SampleEncoding.PCM_16);
        assertArrayEquals(new double[] {0.5, -0.5}, mono.mixdown());
        assertNotSame(mono.channels()[0], mono.mixdown());
    }

    @Test
    void selectAndChannelSelectionParsing() {
        AudioData a = new AudioData(STEREO, 8000, SampleEncoding.PCM_16);
        assertSame(ChannelSelection.MIX, ChannelSelection.parse("mix"));
        assertEquals(ChannelSelection.MIX, ChannelSelection.parse(" MIX "));
        assertEquals(ChannelSelection.channel(1), ChannelSelection.parse("1"));
        assertArrayEquals(STEREO[1], a.select(ChannelSelection.parse("1")));
        assertArrayEquals(new double[] {2, 3, 4, 6}, a.select(ChannelSelection.parse("mix")));
        assertEquals("channel 2 does not exist: audio has 2 channels (valid indices: 0..1)",
                iae(() -> a.select(ChannelSelection.parse("2"))));
        assertEquals("channel 1 does not exist: audio has 1 channel (valid index: 0)",
                iae(() -> AudioData.mono(new double[1], 8000, SampleEncoding.PCM_16).channel(1)));
        for (String bad : new String[] {"left", "-1", "", "1.0", "99999999999"}) {
            assertEquals("channel must be 'mix' or a 0-based channel index (0, 1, ...), got '" + bad + "'",
                    iae(() -> ChannelSelection.parse(bad)));
        }
        assertTrue(iae(() -> ChannelSelection.channel(-3)).contains("channel index must be >= 0, got -3"));
        assertEquals("mix", ChannelSelection.MIX.toString());
        assertEquals("channel 1", ChannelSelection.channel(1).toString());
    }

    @Test
    void toStringShowsShapeAndUnitsNotSamples() {
        AudioData a = new AudioData(new double[][] {new double[44100], new double[44100]}, 44100, SampleEncoding.PCM_16);
        assertEquals("AudioData[2 ch × 44100 frames, 44100 Hz, 1.000 s, PCM_16]", a.toString());
        assertTrue(AudioData.mono(new double[1], 22050.5, SampleEncoding.FLOAT_32).toString().contains("22050.5 Hz"));
    }

    @Test
    void equalityIsByContent() {
        AudioData a = new AudioData(new double[][] {{1, 2}}, 8000, SampleEncoding.PCM_16);
        AudioData b = new AudioData(new double[][] {{1, 2}}, 8000, SampleEncoding.PCM_16);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new AudioData(new double[][] {{1, 2}}, 8000, SampleEncoding.PCM_24));
    }

    @Test
    void sampleEncodingFacts() {
        assertEquals(3, SampleEncoding.PCM_24.bytesPerSample());
        assertEquals(32768.0, SampleEncoding.PCM_16.fullScale());
        assertEquals(128.0, SampleEncoding.PCM_U8.fullScale());
        assertEquals(2147483648.0, SampleEncoding.PCM_32.fullScale());
        assertEquals(SampleEncoding.Kind.IEEE_FLOAT, SampleEncoding.FLOAT_64.kind());
        assertEquals(SampleEncoding.PCM_16, SampleEncoding.parse("pcm16"));
        assertEquals(SampleEncoding.FLOAT_32, SampleEncoding.parse("Float_32"));
        assertTrue(iae(() -> SampleEncoding.parse("mp3")).contains("encoding must be one of"));
        assertTrue(iae(() -> SampleEncoding.pcm(12)).contains("got 12"));
    }
}
