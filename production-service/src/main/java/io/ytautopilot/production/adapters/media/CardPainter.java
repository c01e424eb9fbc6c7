package io.ytautopilot.production.adapters.media;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws scene cards and thumbnails with Java2D on off-screen images (no display needed).
 * Text is wrapped on word boundaries and shrunk until it fits; words longer than a line are split.
 */
final class CardPainter {

    private static final Color BACKGROUND_TOP = new Color(0x10, 0x18, 0x28);
    private static final Color BACKGROUND_BOTTOM = new Color(0x1d, 0x29, 0x39);
    private static final Color TEXT = new Color(0xF5, 0xF7, 0xFA);
    private static final Color MUTED = new Color(0x98, 0xA2, 0xB3);
    private static final Color ACCENT = new Color(0xF0, 0x44, 0x38);
    private static final Color SHADOW = new Color(0, 0, 0, 150);
    private static final String ELLIPSIS = "\u2026";

    static {
        ensureHeadless();
    }

    private CardPainter() {
    }

    /** Sets {@code java.awt.headless=true} unless the application already chose a value. */
    static void ensureHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * A {@code width x height} card: the on-screen text large and centred, the scene index small in a
     * corner, followed by the generation from the second one on.
     */
    static BufferedImage sceneCard(String text, int sceneIndex, int generation, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        try {
            int shortSide = Math.min(width, height);
            int margin = Math.max(8, shortSide / 14);
            Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, shortSide / 24));
            g.setFont(labelFont);
            g.setColor(MUTED);
            String label = "SCENE " + sceneIndex + (generation > 1 ? " \u00B7 GEN " + generation : "");
            g.drawString(label, margin, margin + g.getFontMetrics().getAscent());
            int labelBottom = margin + g.getFontMetrics().getHeight();
            g.setColor(ACCENT);
            g.fillRect(margin, labelBottom + shortSide / 60, Math.max(12, shortSide / 10), Math.max(2, shortSide / 120));

            int top = labelBottom + shortSide / 20;
            drawFitted(g, text, margin, top, width - 2 * margin, height - top - margin,
                    Math.max(14, shortSide / 6), Math.max(10, shortSide / 28));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * A {@code width x height} card standing in for a scene that could not be generated: a red
     * PLACEHOLDER banner over the scene's number and the reason, so no reviewer mistakes it for content.
     */
    static BufferedImage placeholderCard(int sceneIndex, String reason, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        try {
            int shortSide = Math.min(width, height);
            int margin = Math.max(8, shortSide / 14);
            int bannerHeight = Math.max(16, shortSide / 6);
            g.setColor(ACCENT);
            g.fillRect(0, margin, width, bannerHeight);
            drawFitted(g, "PLACEHOLDER", margin, margin, width - 2 * margin, bannerHeight,
                    Math.max(12, bannerHeight * 3 / 4), Math.max(10, bannerHeight / 3));
            int top = margin + bannerHeight + margin / 2;
            drawFitted(g, "Scene " + sceneIndex + " could not be generated: " + reason, margin, top,
                    width - 2 * margin, height - top - margin, Math.max(12, shortSide / 12), Math.max(8, shortSide / 40));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A {@code width x height} thumbnail with the title large and wrapped. */
    static BufferedImage thumbnail(String title, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        try {
            int shortSide = Math.min(width, height);
            int margin = Math.max(8, width / 16);
            g.setColor(ACCENT);
            g.fillRect(0, 0, Math.max(4, width / 80), height);
            g.fillRect(margin, height - margin, Math.max(20, width / 6), Math.max(4, shortSide / 60));
            drawFitted(g, title, margin, margin, width - 2 * margin, height - 2 * margin - shortSide / 30,
                    Math.max(16, shortSide / 5), Math.max(12, shortSide / 20));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes {@code image} as PNG via a temporary file, so a reader never sees a half-written file. */
    static void writePng(BufferedImage image, Path target) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setPaint(new GradientPaint(0, 0, BACKGROUND_TOP, 0, image.getHeight(), BACKGROUND_BOTTOM));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /**
     * Draws {@code text} centred in the box, using the largest bold font size between {@code maxSize}
     * and {@code minSize} at which the wrapped text fits without splitting words. At {@code minSize}
     * words are split and excess lines are cut with an ellipsis.
     */
    private static void drawFitted(Graphics2D g, String text, int x, int y, int boxWidth, int boxHeight,
                                   int maxSize, int minSize) {
        if (text == null || text.isBlank() || boxWidth <= 0 || boxHeight <= 0) {
            return;
        }
        List<Integer> sizes = new ArrayList<>();
        for (int size = maxSize; size > minSize; size = Math.min(size - 1, (int) (size * 0.9))) {
            sizes.add(size);
        }
        sizes.add(minSize);
        FontMetrics fm = null;
        Wrapped wrapped = null;
        for (int size : sizes) {
            fm = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, size));
            wrapped = wrap(text, fm, boxWidth);
            if (!wrapped.splitWords() && wrapped.lines().size() * fm.getHeight() <= boxHeight) {
                break;
            }
        }
        List<String> lines = new ArrayList<>(wrapped.lines());
        int maxLines = Math.max(1, boxHeight / fm.getHeight());
        if (lines.size() > maxLines) {
            lines = new ArrayList<>(lines.subList(0, maxLines));
            lines.set(maxLines - 1, ellipsize(lines.get(maxLines - 1), fm, boxWidth));
        }
        g.setFont(fm.getFont());
        int lineHeight = fm.getHeight();
        int baseline = y + Math.max(0, (boxHeight - lines.size() * lineHeight) / 2) + fm.getAscent();
        int shadow = Math.max(1, fm.getFont().getSize() / 24);
        for (String line : lines) {
            int lineX = x + Math.max(0, (boxWidth - fm.stringWidth(line)) / 2);
            g.setComposite(AlphaComposite.SrcOver);
            g.setColor(SHADOW);
            g.drawString(line, lineX + shadow, baseline + shadow);
            g.setColor(TEXT);
            g.drawString(line, lineX, baseline);
            baseline += lineHeight;
        }
    }

    record Wrapped(List<String> lines, boolean splitWords) {
    }

    /** Greedy word wrap; explicit line breaks are kept, over-long words are split by characters. */
    static Wrapped wrap(String text, FontMetrics fm, int maxWidth) {
        List<String> lines = new ArrayList<>();
        boolean split = false;
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fm.stringWidth(candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (fm.stringWidth(word) > maxWidth) {
                    split = true;
                    int cut = fitChars(word, fm, maxWidth);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        return new Wrapped(lines, split);
    }

    private static int fitChars(String word, FontMetrics fm, int maxWidth) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (fm.stringWidth(word.substring(0, next)) > maxWidth) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    private static String ellipsize(String line, FontMetrics fm, int maxWidth) {
        String result = line;
        while (!result.isEmpty() && fm.stringWidth(result + ELLIPSIS) > maxWidth) {
            result = result.substring(0, result.offsetByCodePoints(result.length(), -1)).stripTrailing();
        }
        return result + ELLIPSIS;
    }
}
