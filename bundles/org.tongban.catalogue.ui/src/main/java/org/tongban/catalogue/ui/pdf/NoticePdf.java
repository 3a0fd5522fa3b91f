package org.tongban.catalogue.ui.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.tongban.catalogue.ui.pdf.NoticeBlock.Fact;

/** Prints a {@link OneTimeNotice} as an A4 PDF whose Chinese text renders in any viewer. */
public final class NoticePdf {
    private static final float MARGIN = 56f;
    private static final Color RULE = new Color(0x66, 0x66, 0x66);
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);

    private final Font title = font(18f);
    private final Font heading = font(12.5f);
    private final Font body = font(10.5f);
    private final Font small = font(9f);

    private NoticePdf() {}

    /** The PDF as bytes; a notice is a few pages, so it is built in memory. */
    public static byte[] bytes(OneTimeNotice notice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(notice, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out}, which stays open. */
    public static void write(OneTimeNotice notice, OutputStream out) {
        new NoticePdf().print(notice, out);
    }

    private void print(OneTimeNotice notice, OutputStream out) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new NonClosing(out));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
            writer.setPageEvent(new PageNumbers());
            document.addTitle(notice.matterName() + " " + notice.kind());
            document.addSubject(notice.matterCode());
            document.addCreator("Tongban");
            document.open();
            header(document, notice);
            for (NoticeBlock block : notice.blocks()) {
                block(document, block);
            }
            Paragraph closing = new Paragraph(notice.closing(), small);
            closing.setSpacingBefore(18f);
            document.add(closing);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("One-time notice of " + notice.matterCode() + " cannot be printed", e);
        }
    }

    private void header(Document document, OneTimeNotice notice) throws DocumentException {
        Paragraph name = new Paragraph(notice.matterName(), title);
        name.setAlignment(Element.ALIGN_CENTER);
        document.add(name);
        Paragraph kind = new Paragraph(notice.kind(), title);
        kind.setAlignment(Element.ALIGN_CENTER);
        kind.setSpacingAfter(6f);
        document.add(kind);
        Paragraph who = new Paragraph(notice.subtitle(), small);
        who.setAlignment(Element.ALIGN_CENTER);
        who.setSpacingAfter(10f);
        document.add(who);
    }

    private void block(Document document, NoticeBlock block) throws DocumentException {
        Paragraph head = new Paragraph(bold(block.heading(), heading));
        head.setSpacingBefore(10f);
        head.setSpacingAfter(4f);
        head.setKeepTogether(true);
        document.add(head);
        switch (block) {
            case NoticeBlock.Text text -> document.add(paragraph(text.body()));
            case NoticeBlock.Facts facts -> document.add(facts(facts.facts()));
            case NoticeBlock.Table table -> document.add(table(table));
            case NoticeBlock.Steps steps -> steps(document, steps.steps());
        }
    }

    private Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text == null || text.isBlank() ? "无" : text, body);
        paragraph.setLeading(body.getSize() * 1.6f);
        return paragraph;
    }

    private PdfPTable facts(List<Fact> facts) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1f, 3f});
        table.setWidthPercentage(100f);
        table.setSpacingBefore(4f);
        for (Fact fact : facts) {
            PdfPCell label = cell(fact.label(), body);
            label.setBackgroundColor(HEADER_FILL);
            table.addCell(label);
            table.addCell(cell(fact.value(), body));
        }
        return table;
    }

    private PdfPTable table(NoticeBlock.Table block) {
        PdfPTable table = new PdfPTable(block.relativeWidths());
        table.setWidthPercentage(100f);
        table.setSpacingBefore(4f);
        table.setHeaderRows(1);
        for (String column : block.columns()) {
            PdfPCell cell = cell(column, small);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (List<String> row : block.rows()) {
            row.forEach(value -> table.addCell(cell(value, small)));
        }
        return table;
    }

    private void steps(Document document, List<Fact> steps) throws DocumentException {
        int number = 1;
        for (Fact step : steps) {
            Paragraph line = new Paragraph();
            line.setLeading(body.getSize() * 1.6f);
            line.add(bold(number++ + ". " + step.label(), body));
            if (step.value() != null && !step.value().isBlank()) {
                line.add(new Chunk("：" + step.value(), body));
            }
            document.add(line);
        }
    }

    private PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4f);
        cell.setLeading(0f, 1.4f);
        cell.setBorderColor(RULE);
        return cell;
    }

    // One font file keeps the PDF small; a thin outline makes headings read as bold.
    private static Chunk bold(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setTextRenderMode(com.lowagie.text.pdf.PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, 0.4f, Color.BLACK);
        return chunk;
    }

    private static Font font(float size) {
        return new Font(NoticeFont.get(), size);
    }

    /** 第 n 页 at the bottom of every page. */
    private final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase("第 " + writer.getPageNumber() + " 页", small),
                    (document.left() + document.right()) / 2,
                    MARGIN / 2,
                    0f);
        }
    }

    /** OpenPDF closes its stream when the document closes; a servlet's or Vaadin's stream is the caller's to close. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
