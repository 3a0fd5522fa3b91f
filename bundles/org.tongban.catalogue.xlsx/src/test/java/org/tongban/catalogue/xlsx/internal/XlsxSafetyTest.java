package org.tongban.catalogue.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueFormatException;

/** Hostile or mistaken uploads get one clear Chinese message, never a stack trace. */
class XlsxSafetyTest {

    private static String refusal(InputStream in) {
        CatalogueFormatException e =
                catchThrowableOfType(CatalogueFormatException.class, () -> new XlsxCatalogueCodec().read(in));
        assertThat(e).as("the file must be refused").isNotNull();
        assertThat(e.errors()).hasSize(1);
        String message = e.errors().getFirst().message();
        assertThat(message).doesNotContain("Exception").doesNotContain("org.apache");
        return message;
    }

    private static String refusal(byte[] bytes) {
        return refusal(new ByteArrayInputStream(bytes));
    }

    @Test
    void textFileIsNotAWorkbook() {
        assertThat(refusal("编码,名称\n370100-SJJ,济南市市场监督管理局\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("不是 Excel 工作簿（.xlsx）文件");
    }

    @Test
    void emptyFileIsNamedAsSuch() {
        assertThat(refusal(new byte[0])).isEqualTo("文件为空");
    }

    @Test
    void oldExcelFormatGetsAdviceToSaveAsXlsx() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(refusal(ole2)).contains(".xls").contains("另存为 .xlsx");
    }

    @Test
    void fileOverTwentyMegabytesIsRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                return 'P';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served > 64L * 1024 * 1024) {
                    throw new AssertionError("the codec kept reading past the limit");
                }
                served += len;
                return len;
            }
        };
        assertThat(refusal(endless)).isEqualTo("文件超过 20 MB，请拆分后分批导入");
    }

    @Test
    void damagedZipIsReportedAsUnreadable() {
        byte[] damaged = new byte[4096];
        damaged[0] = 'P';
        damaged[1] = 'K';
        damaged[2] = 3;
        damaged[3] = 4;
        assertThat(refusal(damaged)).startsWith("无法读取 Excel 工作簿");
    }

    @Test
    void zipOfOtherFilesIsReportedAsUnreadable() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("不是工作簿".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(bytes.toByteArray())).startsWith("无法读取 Excel 工作簿");
    }

    @Test
    void zipBombIsRefused() throws IOException {
        Path workbook = Files.createTempFile("workbook", ".xlsx");
        Files.write(workbook, Workbooks.demo());
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(workbook.toFile());
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream content = in.getInputStream(e)) {
                    content.transferTo(out);
                }
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    // Whitespace after the root element keeps the XML valid and packs about 1000:1.
                    byte[] blanks = new byte[1024 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(blanks);
                    }
                }
            }
        } finally {
            Files.delete(workbook);
        }
        assertThat(bomb.size()).isLessThan(2 * 1024 * 1024);
        assertThat(refusal(bomb.toByteArray())).contains("疑似压缩炸弹");
    }
}
