package tfr.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Byte-level helpers shared by the audio readers and writers; not public API. */
final class AudioBytes {
    private AudioBytes() {
    }

    /** Largest file the readers load (a Java array holds at most about 2^31 bytes). */
    static final long MAX_READ_BYTES = Integer.MAX_VALUE - 64;

    /**
     * Reads a whole file into memory, turning the usual failures into one-line messages that name
     * the file ({@code "x.wav: no such file"}).
     */
    static byte[] readFile(Path path) throws IOException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new IOException(name + ": is a directory, not a file");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_READ_BYTES) {
                throw new AudioFormatException(name, "file is too large (" + size + " bytes); at most "
                        + MAX_READ_BYTES + " bytes (2 GiB) can be read");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(name, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(name, null, "permission denied");
        }
    }

    static int u16le(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
    }

    static long u32le(byte[] b, int p) {
        return ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16 | (b[p + 3] & 0xffL) << 24);
    }

    static int s16be(byte[] b, int p) {
        return (short) ((b[p] & 0xff) << 8 | (b[p + 1] & 0xff));
    }

    static long u32be(byte[] b, int p) {
        return ((b[p] & 0xffL) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff));
    }

    /** Four bytes as a big-endian int, for comparing chunk ids with constants like {@code 0x52494646} ("RIFF"). */
    static int id(byte[] b, int p) {
        return (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
    }

    /** A four-character code for messages, quoted, non-printable bytes as {@code \xNN}. */
    static String fourCC(byte[] b, int p) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = p; i < p + 4 && i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02X", c));
            }
        }
        return sb.append('\'').toString();
    }

    /** A four-character code given as an int (big-endian byte order), for messages. */
    static String fourCC(int id) {
        return fourCC(new byte[] {(byte) (id >> 24), (byte) (id >> 16), (byte) (id >> 8), (byte) id}, 0);
    }

    /** Four ASCII characters as a big-endian int. */
    static int id(String fourChars) {
        if (fourChars.length() != 4) {
            throw new IllegalArgumentException("a chunk id has 4 characters, got '" + fourChars + "'");
        }
        return fourChars.charAt(0) << 24 | fourChars.charAt(1) << 16 | fourChars.charAt(2) << 8 | fourChars.charAt(3);
    }

    /** A guess at what a non-WAV, non-AIFF file is, from its first bytes, or null. */
    static String guessOtherFormat(byte[] b) {
        if (startsWith(b, "ID3") || (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xE0) == 0xE0)) {
            return "MP3 or MPEG audio";
        }
        if (startsWith(b, "fLaC")) {
            return "FLAC";
        }
        if (startsWith(b, "OggS")) {
            return "Ogg";
        }
        if (startsWith(b, "RF64") || startsWith(b, "BW64")) {
            return "RF64/BW64 (64-bit WAV), which is not supported";
        }
        if (startsWith(b, "caff")) {
            return "Core Audio (CAF)";
        }
        if (b.length >= 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return "MP4/M4A";
        }
        return null;
    }

    static boolean startsWith(byte[] b, String ascii) {
        if (b.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
