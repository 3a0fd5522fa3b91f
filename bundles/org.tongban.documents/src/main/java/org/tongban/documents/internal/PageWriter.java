package org.tongban.documents.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Writes lines of text down A4 pages, wrapping Chinese text at any character and starting pages as needed. */
final class PageWriter implements AutoCloseable {
    static final float MARGIN = 72;
    /** Room kept free at the bottom of every page for the QR code and the footer. */
    static final float FOOTER = 130;

    private final PDDocument document;
    private final CjkFont font;
    private PDPageContentStream page;
    private float y;

    PageWriter(PDDocument document, CjkFont font) throws IOException {
        this.document = document;
        this.font = font;
        newPage();
    }

    PDPageContentStream page() {
        return page;
    }

    float y() {
        return y;
    }

    static float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void centered(String text, float size) throws IOException {
        for (String line : wrap(font.printable(text), size, width())) {
            ensureRoom(size * 1.8f);
            show(line, MARGIN + (width() - font.width(line, size)) / 2, size);
            y -= size * 1.8f;
        }
    }

    /** A paragraph; {@code indent} points on its first line (two characters for body text). */
    void paragraph(String text, float size, float indent) throws IOException {
        List<String> lines = wrapFirstIndented(font.printable(text), size, indent);
        for (int i = 0; i < lines.size(); i++) {
            ensureRoom(size * 1.7f);
            show(lines.get(i), MARGIN + (i == 0 ? indent : 0), size);
            y -= size * 1.7f;
        }
    }

    void right(String text, float size) throws IOException {
        String line = font.printable(text);
        ensureRoom(size * 1.8f);
        show(line, MARGIN + width() - font.width(line, size), size);
        y -= size * 1.8f;
    }

    void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless this much room is left above the footer. */
    void ensureRoom(float points) throws IOException {
        if (y - points < FOOTER) {
            page.close();
            newPage();
        }
    }

    private void show(String line, float x, float size) throws IOException {
        page.beginText();
        page.setFont(font.font(), size);
        page.setNonStrokingColor(0f, 0f, 0f);
        page.newLineAtOffset(x, y - size);
        page.showText(line);
        page.endText();
    }

    private List<String> wrapFirstIndented(String text, float size, float indent) {
        List<String> first = wrap(text, size, width() - indent);
        if (first.size() <= 1) {
            return first;
        }
        List<String> lines = new ArrayList<>();
        lines.add(first.getFirst());
        lines.addAll(wrap(text.substring(first.getFirst().length()), size, width()));
        return lines;
    }

    private List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int[] codePoints = text.codePoints().toArray();
        for (int cp : codePoints) {
            String candidate = line + new String(Character.toChars(cp));
            if (font.width(candidate, size) > maxWidth && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        page.close();
    }
}
