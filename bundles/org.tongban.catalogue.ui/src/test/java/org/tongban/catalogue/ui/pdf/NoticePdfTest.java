package org.tongban.catalogue.ui.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ui.pdf.NoticeBlock.Fact;

class NoticePdfTest {

    static OneTimeNotice sample(int materialRows) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("1", "食品经营许可申请书", "必需", "1", "0", "申请人签字（盖章）"));
        rows.add(List.of("2", "营业执照", "必需", "0", "1", "电子证照免提交"));
        for (int i = rows.size(); i < materialRows; i++) {
            rows.add(List.of(String.valueOf(i + 1), "补充材料第" + (i + 1) + "项", "非必需", "1", "1", ""));
        }
        return new OneTimeNotice(
                "食品经营许可（新办）",
                "370100-SJJ-XK-001",
                "济南市市场监督管理局",
                List.of(
                        new NoticeBlock.Facts("办理时限", List.of(new Fact("法定时限", "20 个工作日"), new Fact("承诺时限", "5 个工作日"))),
                        new NoticeBlock.Text("受理条件", "申请人应当具有与经营的食品品种相适应的经营场所；\n<script>不会执行</script>"),
                        new NoticeBlock.Table(
                                "申请材料",
                                List.of("序号", "材料名称", "是否必需", "原件", "复印件", "备注"),
                                new float[] {0.6f, 3f, 1f, 0.7f, 0.8f, 2.5f},
                                rows),
                        new NoticeBlock.Steps("办理流程", List.of(new Fact("申请", "提交材料"), new Fact("受理", "")))),
                "本告知书于 2026年1月5日 打印。");
    }

    @Test
    void embedsOnlyASubsetOfTheChineseFontSoEveryViewerShowsTheText() throws IOException {
        byte[] pdf = NoticePdf.bytes(sample(2));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/one-time-notice-sample.pdf"), pdf);

        // The whole font is 10 MB; a subset of the few dozen characters used is a small fraction of it.
        assertThat(pdf.length).isLessThan(200_000);
        PdfReader reader = new PdfReader(pdf);
        List<PdfDictionary> fonts = fonts(reader);
        assertThat(fonts).isNotEmpty();
        for (PdfDictionary font : fonts) {
            PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(
                    font.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
            PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
            assertThat(font.getAsName(PdfName.BASEFONT).toString()).matches("/[A-Z]{6}\\+NotoSansSC.*");
            assertThat(descriptor.get(PdfName.FONTFILE2))
                    .as("embedded TrueType program")
                    .isNotNull();
            assertThat(font.get(PdfName.TOUNICODE))
                    .as("text can be copied and searched")
                    .isNotNull();
        }
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("一次性告知书", "食品经营许可申请书", "<script>不会执行</script>", "第 1 页");
    }

    @Test
    void aLongMaterialListContinuesOnTheNextPageWithItsHeader() throws IOException {
        PdfReader reader = new PdfReader(NoticePdf.bytes(sample(60)));

        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        String second = new PdfTextExtractor(reader).getTextFromPage(2);
        assertThat(second).contains("材料名称", "补充材料第40项", "第 2 页");
    }

    private static List<PdfDictionary> fonts(PdfReader reader) {
        List<PdfDictionary> fonts = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary fontDict = resources.getAsDict(PdfName.FONT);
            for (PdfName name : fontDict.getKeys()) {
                PdfObject font = PdfReader.getPdfObject(fontDict.get(name));
                fonts.add((PdfDictionary) font);
            }
        }
        return Collections.unmodifiableList(fonts);
    }
}
