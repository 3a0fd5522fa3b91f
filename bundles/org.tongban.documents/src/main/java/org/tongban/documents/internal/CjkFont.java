package org.tongban.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans SC, shipped inside this bundle (SIL Open Font License 1.1, fonts/OFL.txt), so a document never depends on
 * the fonts of the server or the reader. Each document embeds only the glyphs it uses (a subset).
 *
 * <p>Parsing the 10 MB font took about 40 % of issuing a notice, so parsed fonts are kept and reused. A {@link
 * PDType0Font} belongs to one document, but PDFBox builds it over a parsed {@link TrueTypeFont} that it neither changes
 * nor closes when given one, and reads the glyphs of the subset from it only when the document is saved. PDFBox does
 * not promise that one parsed font may be read by several threads at once, so each document borrows a parsed font of
 * its own until it is closed (after saving), and gives it back to the pool: there are as many as documents were ever
 * rendered at the same time.
 */
final class CjkFont implements AutoCloseable {
    static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
    /** Shown instead of a character the font has no glyph for (rare ideographs, emoji). */
    private static final String MISSING = "□";

    /** Parsed fonts no document is using now. */
    private static final Queue<TrueTypeFont> IDLE = new ConcurrentLinkedQueue<>();

    private final TrueTypeFont parsed;
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private CjkFont(TrueTypeFont parsed, PDType0Font font) {
        this.parsed = parsed;
        this.font = font;
    }

    /**
     * The font, embedded as a subset into this document; close it once the document is saved or abandoned, and
     * before the document itself.
     */
    static CjkFont embedIn(PDDocument document) {
        TrueTypeFont parsed = IDLE.poll();
        try {
            if (parsed == null) {
                parsed = new TTFParser().parse(new RandomAccessReadBuffer(Holder.BYTES));
            }
            return new CjkFont(parsed, PDType0Font.load(document, parsed, true));
        } catch (IOException e) {
            if (parsed != null) {
                IDLE.offer(parsed);
            }
            throw new UncheckedIOException("Cannot embed " + RESOURCE, e);
        }
    }

    /** Gives the parsed font back for the next document. */
    @Override
    public void close() {
        IDLE.offer(parsed);
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
