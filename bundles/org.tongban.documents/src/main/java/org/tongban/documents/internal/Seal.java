package org.tongban.documents.internal;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The visible red round seal over the closing lines. It is only the picture readers expect: what makes the document
 * genuine is the digital signature, which verification checks.
 */
final class Seal {
    private static final float RADIUS = 48;
    // A circle from four Bézier curves: the control points sit at this fraction of the radius.
    private static final float KAPPA = 0.5523f;

    private Seal() {}

    static void draw(PDPageContentStream page, CjkFont font, float cx, float cy, String name) throws IOException {
        page.saveGraphicsState();
        page.setStrokingColor(0.85f, 0.1f, 0.1f);
        page.setNonStrokingColor(0.85f, 0.1f, 0.1f);
        page.setLineWidth(2.5f);
        circle(page, cx, cy, RADIUS);
        page.stroke();
        star(page, cx, cy + 6, 12);
        page.fill();
        text(page, font, name, cx, cy - 14, 8);
        text(page, font, "电子印章", cx, cy - 26, 7);
        page.restoreGraphicsState();
    }

    private static void text(PDPageContentStream page, CjkFont font, String text, float cx, float y, float size)
            throws IOException {
        String shown = font.printable(text);
        float fit = Math.min(size, size * (2 * RADIUS - 16) / Math.max(1, font.width(shown, size)));
        page.beginText();
        page.setFont(font.font(), fit);
        page.newLineAtOffset(cx - font.width(shown, fit) / 2, y);
        page.showText(shown);
        page.endText();
    }

    private static void circle(PDPageContentStream page, float cx, float cy, float r) throws IOException {
        float k = KAPPA * r;
        page.moveTo(cx + r, cy);
        page.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        page.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        page.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        page.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        page.closePath();
    }

    private static void star(PDPageContentStream page, float cx, float cy, float r) throws IOException {
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float radius = i % 2 == 0 ? r : r * 0.38f;
            float x = cx + (float) (radius * Math.cos(angle));
            float y = cy + (float) (radius * Math.sin(angle));
            if (i == 0) {
                page.moveTo(x, y);
            } else {
                page.lineTo(x, y);
            }
        }
        page.closePath();
    }
}
