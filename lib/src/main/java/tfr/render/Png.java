package tfr.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import tfr.io.AtomicFiles;
import tfr.io.Overwrite;

/**
 * PNG output for rendered images. Lossless: reading the file back with {@link ImageIO#read} gives the same
 * RGB pixels.
 *
 * <p>Encodes through an explicit PNG {@link ImageWriter} on an in-memory cache stream, so it neither
 * touches ImageIO's global cache setting nor writes ImageIO temp files.
 */
public final class Png {
    private Png() {
    }

    /**
     * Writes {@code image} as a PNG file, atomically (temporary file + rename via {@link AtomicFiles}): an
     * interrupted write never leaves a half file at {@code path}.
     *
     * @param overwrite {@link Overwrite#REFUSE} leaves an existing file untouched and throws
     * @throws tfr.io.OutputExistsException if {@code path} exists and {@code overwrite} is REFUSE
     * @throws IOException on any other I/O failure
     */
    public static void write(BufferedImage image, Path path, Overwrite overwrite) throws IOException {
        if (image == null) {
            throw new IllegalArgumentException("image must not be null");
        }
        if (path == null) {
            throw new IllegalArgumentException("path must not be null");
        }
        if (overwrite == null) {
            throw new IllegalArgumentException("overwrite must not be null");
        }
        AtomicFiles.write(path, overwrite, out -> encodeTo(image, out));
    }

    /** The PNG file bytes of {@code image}. */
    public static byte[] encode(BufferedImage image) {
        if (image == null) {
            throw new IllegalArgumentException("image must not be null");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, image.getWidth() * image.getHeight()));
        try {
            encodeTo(image, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding to memory failed", e); // no real I/O involved
        }
        return bytes.toByteArray();
    }

    /** ImageIO's PNG quality knob: 1 is no compression, 0 is deflate level 9; 0.75 is about level 2. */
    static final float FAST_COMPRESSION_QUALITY = 0.75f;

    private static void encodeTo(BufferedImage image, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG ImageWriter available in this JRE");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            // Fast deflate: spectrogram images are large and mostly smooth; the JDK's default (level 9)
            // took 2-3x longer for files only ~10% smaller.
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(FAST_COMPRESSION_QUALITY);
            }
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
