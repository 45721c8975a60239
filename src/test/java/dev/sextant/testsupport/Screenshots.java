package dev.sextant.testsupport;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Saves what a test saw as a PNG under {@code target/screenshots/}, for people to look at. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(Scene scene, String name) {
        CompletableFuture<WritableImage> snapshot = new CompletableFuture<>();
        Platform.runLater(() -> snapshot.complete(scene.snapshot(null)));
        try {
            WritableImage image = snapshot.get(10, TimeUnit.SECONDS);
            Path dir = Path.of(System.getProperty("sextant.testdir", "target"), "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(toBuffered(image), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not take a screenshot of the scene", e);
        }
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            reader.getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            out.setRGB(0, y, width, 1, row, 0, width);
        }
        return out;
    }
}
