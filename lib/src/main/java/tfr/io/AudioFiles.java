package tfr.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Format-independent entry points: read WAV or AIFF by content, write by file name extension.
 *
 * <p>Pitfall: reading looks at the magic bytes, never the extension, so a WAV file named
 * {@code x.aiff} reads fine, and an MP3 named {@code x.wav} fails with "not a WAV or AIFF file".
 */
public final class AudioFiles {
    private AudioFiles() {
    }

    /** The container formats this package reads and writes. */
    public enum Format {
        /** RIFF/WAVE ({@link WavReader}, {@link WavWriter}); extension {@code .wav}. */
        WAV,
        /** AIFF / AIFF-C ({@link AiffReader}, {@link AiffWriter}); extensions {@code .aif, .aiff, .aifc}. */
        AIFF
    }

    /**
     * Reads a WAV or AIFF/AIFF-C file, chosen by its first 12 bytes ({@code RIFF....WAVE} or
     * {@code FORM....AIFF}/{@code AIFC}).
     *
     * @throws AudioFormatException "x.mp3: not a WAV or AIFF file ..." for other content, or the
     *                              format reader's error
     */
    public static AudioData read(Path path) throws IOException {
        return read(AudioBytes.readFile(path), path.toString());
    }

    /** Like {@link #read(Path)} for contents held in memory; {@code name} starts error messages. */
    public static AudioData read(byte[] bytes, String name) throws AudioFormatException {
        Format f = detect(bytes);
        if (f == null) {
            if (bytes.length == 0) {
                throw new AudioFormatException(name, "empty file (0 bytes)");
            }
            String other = AudioBytes.guessOtherFormat(bytes);
            throw new AudioFormatException(name, "not a WAV or AIFF file (starts with " + AudioBytes.fourCC(bytes, 0)
                    + (other != null ? ", looks like " + other : "") + ")");
        }
        return f == Format.WAV ? WavReader.read(bytes, name) : AiffReader.read(bytes, name);
    }

    /** The format the magic bytes announce, or null if neither WAV nor AIFF. */
    public static Format detect(byte[] bytes) {
        if (bytes.length >= 12) {
            int magic = AudioBytes.id(bytes, 0);
            int type = AudioBytes.id(bytes, 8);
            if (magic == WavReader.RIFF && type == WavReader.WAVE) {
                return Format.WAV;
            }
            if (magic == AiffReader.FORM && (type == AiffReader.AIFF || type == AiffReader.AIFC)) {
                return Format.AIFF;
            }
        }
        return null;
    }

    /**
     * The format for a file name extension (case-insensitive): {@code .wav} → WAV; {@code .aif},
     * {@code .aiff}, {@code .aifc} → AIFF.
     *
     * @throws IllegalArgumentException for any other extension
     */
    public static Format formatForName(Path path) {
        String n = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        if (n.endsWith(".wav")) {
            return Format.WAV;
        }
        if (n.endsWith(".aif") || n.endsWith(".aiff") || n.endsWith(".aifc")) {
            return Format.AIFF;
        }
        throw new IllegalArgumentException("output file " + path
                + " must end in .wav, .aif, .aiff or .aifc to choose the audio format");
    }

    /**
     * Writes {@code audio} as WAV or AIFF chosen by the extension of {@code path}
     * ({@link #formatForName(Path)}). AIFF with a float encoding is written as AIFF-C.
     */
    public static AudioWriteResult write(Path path, Overwrite overwrite, AudioData audio) throws IOException {
        Objects.requireNonNull(path, "path");
        return formatForName(path) == Format.WAV ? WavWriter.write(path, overwrite, audio)
                : AiffWriter.write(path, overwrite, audio);
    }
}
