package tfr.io;

import java.util.Locale;

/**
 * How samples are stored in an audio file.
 *
 * <p>Integer PCM samples map to full scale as {@code value / 2^(bits-1)}, so they lie in
 * {@code [-1, 1)}: the most positive code of 16-bit PCM, 32767, is {@code 32767/32768}, and
 * {@code +1.0} itself cannot be represented (writers clip it to the most positive code). Float
 * samples are full-scale values as stored and may exceed {@code ±1}.
 *
 * <p>Pitfall: {@link #PCM_U8} names the WAV convention (unsigned bytes, offset 128). AIFF stores
 * 8-bit PCM as signed bytes; the readers and writers convert, so an 8-bit sample has the same
 * full-scale value in both formats and AIFF 8-bit audio is also reported as {@code PCM_U8}.
 */
public enum SampleEncoding {
    /** 8-bit integer PCM (WAV: unsigned, 128 = zero; AIFF: signed). */
    PCM_U8(8, Kind.INTEGER_PCM),
    /** 16-bit signed integer PCM. */
    PCM_16(16, Kind.INTEGER_PCM),
    /** 24-bit signed integer PCM, packed in 3 bytes. */
    PCM_24(24, Kind.INTEGER_PCM),
    /** 32-bit signed integer PCM. */
    PCM_32(32, Kind.INTEGER_PCM),
    /** 32-bit IEEE 754 float. */
    FLOAT_32(32, Kind.IEEE_FLOAT),
    /** 64-bit IEEE 754 float. */
    FLOAT_64(64, Kind.IEEE_FLOAT);

    /** Whether samples are stored as integers or as IEEE floats. */
    public enum Kind {
        /** Integers scaled so that {@code 2^(bits-1)} is full scale. */
        INTEGER_PCM,
        /** IEEE 754 floating point, full scale 1.0, values beyond ±1 allowed. */
        IEEE_FLOAT
    }

    private final int bitsPerSample;
    private final Kind kind;

    SampleEncoding(int bitsPerSample, Kind kind) {
        this.bitsPerSample = bitsPerSample;
        this.kind = kind;
    }

    /** Bits per stored sample (the container size: 8, 16, 24, 32 or 64). */
    public int bitsPerSample() {
        return bitsPerSample;
    }

    /** Bytes per stored sample of one channel. */
    public int bytesPerSample() {
        return bitsPerSample / 8;
    }

    /** Integer PCM or IEEE float. */
    public Kind kind() {
        return kind;
    }

    /** True for {@link Kind#IEEE_FLOAT}. */
    public boolean isFloat() {
        return kind == Kind.IEEE_FLOAT;
    }

    /**
     * For integer PCM, the code that represents full scale, {@code 2^(bits-1)} (e.g. 32768 for
     * 16-bit); for floats, 1.0.
     */
    public double fullScale() {
        return isFloat() ? 1.0 : (double) (1L << (bitsPerSample - 1));
    }

    /**
     * The integer PCM encoding for a container of {@code bits} bits (8, 16, 24 or 32).
     *
     * @throws IllegalArgumentException for any other size
     */
    public static SampleEncoding pcm(int bits) {
        switch (bits) {
            case 8: return PCM_U8;
            case 16: return PCM_16;
            case 24: return PCM_24;
            case 32: return PCM_32;
            default: throw new IllegalArgumentException("bits must be 8, 16, 24 or 32 for integer PCM, got " + bits);
        }
    }

    /**
     * Parses an encoding name as written by the user: the constant name in any case, with or without
     * the underscore ({@code "pcm_16"}, {@code "PCM16"}, {@code "float_32"}, {@code "pcm_u8"}).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static SampleEncoding parse(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace("_", "");
        for (SampleEncoding e : values()) {
            if (e.name().replace("_", "").equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("encoding must be one of pcm_u8, pcm_16, pcm_24, pcm_32, float_32, float_64, got '"
                + text + "'");
    }
}
