package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Attachments are recognised by their content, whatever their name says. */
class AttachmentsTest {

    @Test
    void recognisesEveryAcceptedKindByItsContent() throws IOException {
        assertThat(Attachments.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "x.png"))
                .isEqualTo(Attachments.PDF);
        assertThat(Attachments.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}, "x"))
                .isEqualTo(Attachments.PNG);
        assertThat(Attachments.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "x"))
                .isEqualTo(Attachments.JPEG);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThat(Attachments.sniff(ole2, "申请表.DOC")).isEqualTo(Attachments.DOC);
        assertThat(Attachments.sniff(ole2, "清单.xls")).isEqualTo(Attachments.XLS);
        assertThat(Attachments.sniff(zip("word/document.xml"), "x.pdf")).isEqualTo(Attachments.DOCX);
        assertThat(Attachments.sniff(zip("xl/workbook.xml"), "x")).isEqualTo(Attachments.XLSX);
    }

    @Test
    void refusesEverythingElse() throws IOException {
        assertThat(Attachments.sniff("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "a.pdf"))
                .isNull();
        assertThat(Attachments.sniff("MZ executable".getBytes(StandardCharsets.US_ASCII), "a.doc"))
                .isNull();
        assertThat(Attachments.sniff(zip("payload.sh"), "a.docx")).isNull();
        assertThat(Attachments.sniff(new byte[] {'P', 'K', 3, 4, 1, 2}, "broken.xlsx"))
                .isNull();
        assertThat(Attachments.sniff(new byte[0], "empty.pdf")).isNull();
    }

    @Test
    void theIdIsTheSha256OfTheContent() {
        assertThat(Attachments.id("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
