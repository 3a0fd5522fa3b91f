package org.tongban.catalogue.ui.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC, shipped inside this bundle (SIL Open Font License 1.1, fonts/OFL.txt), so the PDF never depends on
 * the fonts of the server or of the reader's device. Identity-H encoding embeds only the glyphs a document uses.
 */
final class NoticeFont {
    static final String RESOURCE = "fonts/NotoSansSC-Regular.ttf";

    private NoticeFont() {}

    /** Loaded once, on first use: the file is 10 MB and BaseFont is safe to share between documents and threads. */
    static BaseFont get() {
        return Holder.FONT;
    }

    private static final class Holder {
        static final BaseFont FONT = load();
    }

    private static BaseFont load() {
        try (InputStream in = NoticeFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font " + RESOURCE + " is missing from the bundle");
            }
            // The name only tells OpenPDF the file type; the bytes are the font.
            return BaseFont.createFont(
                    "NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font " + RESOURCE + " cannot be read", e);
        }
    }
}
