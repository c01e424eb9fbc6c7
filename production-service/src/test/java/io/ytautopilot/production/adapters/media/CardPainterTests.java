package io.ytautopilot.production.adapters.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardPainterTests {

    @Test
    void sceneCardHasTheRequestedSizeAndShowsText() {
        BufferedImage card = CardPainter.sceneCard("Why the ocean is salty", 2, 1, 640, 360);

        assertThat(card.getWidth()).isEqualTo(640);
        assertThat(card.getHeight()).isEqualTo(360);
        assertThat(brightPixels(card)).isGreaterThan(500);
    }

    @Test
    void aSceneRenderedAgainInALaterGenerationLooksDifferent() {
        BufferedImage first = CardPainter.sceneCard("Blue blood", 2, 1, 320, 180);
        BufferedImage again = CardPainter.sceneCard("Blue blood", 2, 3, 320, 180);

        assertThat(pixels(again)).isNotEqualTo(pixels(first));
        assertThat(pixels(CardPainter.sceneCard("Blue blood", 2, 1, 320, 180))).isEqualTo(pixels(first));
    }

    @Test
    void extremeTextStillFitsAPortraitCard() {
        String text = "Supercalifragilisticexpialidocious".repeat(4) + " " + "many words ".repeat(200);

        BufferedImage card = CardPainter.sceneCard(text, 7, 1, 360, 640);

        assertThat(card.getWidth()).isEqualTo(360);
        assertThat(card.getHeight()).isEqualTo(640);
        assertThat(brightPixels(card)).isGreaterThan(500);
    }

    @Test
    void blankTextGivesAPlainCard() {
        BufferedImage card = CardPainter.sceneCard("", 1, 1, 320, 180);

        assertThat(card.getWidth()).isEqualTo(320);
    }

    @Test
    void wrappedLinesFitTheWidth() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        FontMetrics fm = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.dispose();

        var wrapped = CardPainter.wrap("the quick brown fox jumps over the lazy dog\nnew paragraph "
                + "Pneumonoultramicroscopicsilicovolcanoconiosis", fm, 150);

        assertThat(wrapped.lines()).hasSizeGreaterThan(3);
        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(fm.stringWidth(line)).isLessThanOrEqualTo(150));
        assertThat(wrapped.splitWords()).isTrue();
        assertThat(String.join("", wrapped.lines()).replace(" ", ""))
                .isEqualTo("thequickbrownfoxjumpsoverthelazydognewparagraphPneumonoultramicroscopicsilicovolcanoconiosis");
    }

    @Test
    void thumbnailIsWrittenAsAReadablePng(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("thumb.png");

        CardPainter.writePng(CardPainter.thumbnail("A fairly long title that needs to wrap over lines", 1280, 720), file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(1280);
        assertThat(read.getHeight()).isEqualTo(720);
        assertThat(brightPixels(read)).isGreaterThan(2000);
        assertThat(dir.resolve("thumb.png.tmp")).doesNotExist();
    }

    private static int brightPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) > 200 && (rgb & 0xff) > 200) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
