package tfr.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tfr.io.OutputExistsException;
import tfr.io.Overwrite;

class PngTest {

    private static BufferedImage noise(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random rnd = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rnd.nextInt(1 << 24));
            }
        }
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void encodeRoundTripsPixelsExactly() throws IOException {
        BufferedImage image = noise(37, 23, 1);
        byte[] png = Png.encode(image);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(37, back.getWidth());
        assertEquals(23, back.getHeight());
        assertArrayEquals(pixels(image), pixels(back));
    }

    @Test
    void writeRoundTripsARenderedSpectrogram(@TempDir Path dir) throws IOException {
        tfr.reassign.TfGrid grid = tfr.reassign.TfGrid.log(0, 1, 50, 50, 5000, 40);
        grid.add(0.5, 500, 1);
        BufferedImage image = SpectrogramImage.of(grid).title("round trip").toImage();
        Path file = dir.resolve("sub/spec.png");
        Png.write(image, file, Overwrite.REFUSE);
        assertArrayEquals(pixels(image), pixels(ImageIO.read(file.toFile())));
    }

    @Test
    void refuseLeavesAnExistingFileUntouched(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("keep.png");
        byte[] original = {1, 2, 3, 4};
        Files.write(file, original);
        OutputExistsException e = assertThrows(OutputExistsException.class,
                () -> Png.write(noise(8, 8, 2), file, Overwrite.REFUSE));
        assertEquals(file, e.path());
        assertArrayEquals(original, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void replaceOverwrites(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.png");
        Files.write(file, new byte[] {1, 2, 3});
        BufferedImage image = noise(5, 6, 3);
        Png.write(image, file, Overwrite.REPLACE);
        assertArrayEquals(pixels(image), pixels(ImageIO.read(file.toFile())));
    }

    @Test
    void nullArgumentsAreRejected(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> Png.write(null, dir.resolve("x.png"), Overwrite.REPLACE));
        assertThrows(IllegalArgumentException.class, () -> Png.encode(null));
    }
}
