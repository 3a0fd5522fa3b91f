package org.tongban.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans SC, shipped inside this bundle (SIL Open Font License 1.1, fonts/OFL.txt), so a document never depends on
 * the fonts of the server or the reader. Each document embeds only the glyphs it uses (a subset).
 */
final class CjkFont {
    static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
    /** Shown instead of a character the font has no glyph for (rare ideographs, emoji). */
    private static final String MISSING = "□";

    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private CjkFont(PDType0Font font) {
        this.font = font;
    }

    /** The font, embedded as a subset into this document. */
    static CjkFont embedIn(PDDocument document) {
        try (InputStream in = new java.io.ByteArrayInputStream(Holder.BYTES)) {
            return new CjkFont(PDType0Font.load(document, in, true));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed " + RESOURCE, e);
        }
    }

    PDType0Font font() {
        return font;
    }

    /** The text with every character the font cannot show replaced by {@value #MISSING}. */
    String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (printable.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The file is 10 MB: read once, on first use. */
    private static final class Holder {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + RESOURCE + " is missing from the bundle");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
