import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Makes the Windows (.ico) and macOS (.icns) icons jpackage wants from the one PNG in
 * packaging/, with the JDK alone (no ImageMagick, no iconutil), so every build machine can.
 * Both formats may hold PNG-compressed images, which is what this writes.
 * usage: java packaging/IconFiles.java SOURCE.png OUTPUT_DIR   (writes sextant.ico, sextant.icns)
 */
public final class IconFiles {

    public static void main(String[] args) throws IOException {
        BufferedImage source = ImageIO.read(Path.of(args[0]).toFile());
        Path out = Files.createDirectories(Path.of(args[1]));
        Files.write(out.resolve("sextant.ico"), ico(source, 256, 128, 64, 48, 32, 24, 16));
        Files.write(out.resolve("sextant.icns"), icns(source));
    }

    /** ICO: a little-endian directory of images; a width or height of 256 is written as 0. */
    static byte[] ico(BufferedImage source, int... sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(scaled(source, sizes[i]));
        }
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * sizes.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = header.capacity();
        for (int i = 0; i < sizes.length; i++) {
            header.put((byte) sizes[i]).put((byte) sizes[i]).put((byte) 0).put((byte) 0)
                    .putShort((short) 1).putShort((short) 32)
                    .putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(header.array());
        for (byte[] image : images) {
            bytes.write(image);
        }
        return bytes.toByteArray();
    }

    /** ICNS: big-endian "icns" and total length, then (type, length, PNG) per size. */
    static byte[] icns(BufferedImage source) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("ic11", 32);   // 16 pt @2x
        types.put("icp6", 64);
        types.put("ic12", 64);   // 32 pt @2x
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic13", 256);  // 128 pt @2x
        types.put("ic09", 512);
        types.put("ic14", 512);  // 256 pt @2x
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(entries);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] image = png(scaled(source, type.getValue()));
            data.writeBytes(type.getKey());
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.writeBytes("icns");
        out.writeInt(8 + entries.size());
        entries.writeTo((OutputStream) out);
        return file.toByteArray();
    }

    private static BufferedImage scaled(BufferedImage source, int size) {
        if (source.getWidth() == size && source.getHeight() == size) {
            return source;
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, size, size, null);
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
