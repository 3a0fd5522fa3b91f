package org.tongban.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The shipped font is TrueType with glyf outlines, which PDFBox can subset and embed (it cannot embed CFF-flavoured
 * OpenType, the form most CJK fonts are published in), covers the characters of the documents, and its licence is
 * shipped beside it.
 */
class NotoFontTest {

    @Test
    void theFontHasTrueTypeOutlinesAndTheGlyphsOfOurDocuments() throws Exception {
        try (InputStream in = CjkFont.class.getResourceAsStream(CjkFont.RESOURCE);
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            assertThat(font.getTableMap()).containsKey("glyf").doesNotContainKey("CFF ");
            var cmap = font.getUnicodeCmapLookup();
            "受理通知书不予受理决定书补正材料容缺承诺告知送达回证准予行政许可〔〕（）：；、。".codePoints().forEach(cp -> assertThat(cmap.getGlyphId(cp))
                    .as("glyph of %c", cp)
                    .isPositive());
        }
        assertThat(CjkFont.class.getResource("/fonts/OFL.txt")).isNotNull();
    }
}
