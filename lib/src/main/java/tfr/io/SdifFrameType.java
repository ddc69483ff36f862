package tfr.io;

import java.nio.charset.StandardCharsets;

/**
 * The two SDIF frame types that carry partials, by their 4-byte signature.
 *
 * <ul>
 *   <li>{@link #RBEP}: Loris' reassigned bandwidth-enhanced partials. Matrix columns: index, frequency
 *       (Hz), amplitude, phase (rad), noise (bandwidth 0..1), time offset (s, breakpoint time − frame
 *       time). Each breakpoint keeps its own time, so a file holds a {@link tfr.model.PartialSet}
 *       exactly.</li>
 *   <li>{@link #TRC_1} ({@code "1TRC"}): the standard sinusoidal-tracks type read by SPEAR, Max/MSP
 *       (CNMAT), OpenMusic and IRCAM tools. Columns: index, frequency, amplitude, phase; every row sits
 *       at its frame's time, so writing resamples the partials on a frame grid (lossy: bandwidth is
 *       dropped and breakpoint times become frame times).</li>
 * </ul>
 * Pitfall: the Java name of {@code "1TRC"} cannot start with a digit; use {@link #signature()} for
 * the text.
 */
public enum SdifFrameType {
    /** {@code "RBEP"}: reassigned bandwidth-enhanced partials (Loris), exact. */
    RBEP("RBEP"),
    /** {@code "1TRC"}: sinusoidal tracks (SPEAR, Max/MSP, IRCAM), resampled on a frame grid. */
    TRC_1("1TRC");

    private final String signature;

    SdifFrameType(String signature) {
        this.signature = signature;
    }

    /** The 4-character frame and matrix signature, e.g. {@code "1TRC"}. */
    public String signature() {
        return signature;
    }

    /** The signature as a big-endian int, as stored in the file. */
    int code() {
        return code(signature);
    }

    /** A 4-character ASCII signature as a big-endian int. */
    static int code(String fourChars) {
        byte[] b = fourChars.getBytes(StandardCharsets.US_ASCII);
        if (b.length != 4) {
            throw new IllegalArgumentException("an SDIF signature has 4 characters, got '" + fourChars + "'");
        }
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
    }

    /**
     * The frame type with signature {@code s} ({@code "RBEP"} or {@code "1TRC"}).
     *
     * @throws IllegalArgumentException for any other text
     */
    public static SdifFrameType fromSignature(String s) {
        for (SdifFrameType t : values()) {
            if (t.signature.equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown SDIF partial frame type '" + s + "' (known: RBEP, 1TRC)");
    }
}
