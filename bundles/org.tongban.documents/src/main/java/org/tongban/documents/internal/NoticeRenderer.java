package org.tongban.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Lays a document out from its template and values: title, case number, salutation, body, details, the numbered
 * items, closing lines with the red seal over them, and on the last page the QR code of the tracking page and the
 * note where to verify the document.
 */
final class NoticeRenderer {
    private static final float TITLE = 22;
    private static final float BODY = 12;
    private static final float SMALL = 9;
    private static final float QR_SIZE = 72;

    /** Everything printed on one document besides the template's own text. */
    record Page(String caseNumber, String trackingUrl, String verifyUrl, String sealName) {}

    byte[] render(DocumentTemplate template, FieldValues values, List<String> items, Page about) {
        // The font is closed first, after the document is saved (it is read until then).
        try (PDDocument document = new PDDocument();
                CjkFont font = CjkFont.embedIn(document)) {
            String title = values.fill(template.title());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(about.caseNumber());
            info.setCreator("Tongban");
            // Two issues of the same notice in the same second would otherwise be byte for byte the same file, and
            // the registry tells documents apart by their hash.
            info.setCustomMetadataValue("DocumentId", UUID.randomUUID().toString());
            try (PageWriter out = new PageWriter(document, font)) {
                out.centered(title, TITLE);
                out.centered("编号：" + about.caseNumber(), BODY - 1);
                out.gap(BODY);
                if (template.salutation() != null) {
                    out.paragraph(values.fill(template.salutation()), BODY, 0);
                }
                for (String paragraph : template.paragraphs()) {
                    out.paragraph(values.fill(paragraph), BODY, 2 * BODY);
                }
                for (DocumentTemplate.Detail detail : template.details()) {
                    out.paragraph(detail.label() + "：" + values.get(detail.field()), BODY, 2 * BODY);
                }
                if (template.itemsHeading() != null) {
                    out.paragraph(values.fill(template.itemsHeading()), BODY, 2 * BODY);
                    for (int i = 0; i < items.size(); i++) {
                        out.paragraph((i + 1) + ". " + FieldValues.clean(items.get(i)), BODY, 2 * BODY);
                    }
                }
                for (String paragraph : template.afterItems()) {
                    out.paragraph(values.fill(paragraph), BODY, 2 * BODY);
                }
                out.gap(2 * BODY);
                out.ensureRoom(template.closing().size() * BODY * 1.8f + 40);
                float sealY = out.y() - template.closing().size() * BODY * 0.9f;
                for (String line : template.closing()) {
                    out.right(values.fill(line), BODY);
                }
                PDPageContentStream page = out.page();
                Seal.draw(page, font, PageWriter.MARGIN + PageWriter.width() - 55, sealY, about.sealName());
                QrCode.of(about.trackingUrl()).draw(page, PageWriter.MARGIN, 40, QR_SIZE);
                footer(page, font, "扫码查询办理进度", PageWriter.MARGIN + QR_SIZE + 12, 40 + QR_SIZE - SMALL);
                footer(
                        page,
                        font,
                        "本文书加盖电子印章，可在 " + about.verifyUrl() + " 上传核验真伪",
                        PageWriter.MARGIN + QR_SIZE + 12,
                        40 + QR_SIZE - 3 * SMALL);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + template.title(), e);
        }
    }

    private static void footer(PDPageContentStream page, CjkFont font, String text, float x, float y)
            throws IOException {
        page.beginText();
        page.setFont(font.font(), SMALL);
        page.setNonStrokingColor(0.3f, 0.3f, 0.3f);
        page.newLineAtOffset(x, y);
        page.showText(font.printable(text));
        page.endText();
    }
}
