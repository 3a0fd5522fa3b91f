package org.tongban.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tongban.documents.DocumentKind;

/** Notices rendered at the same time share the parsed font, never a document's glyphs or text. */
class NoticeRendererTest {
    private static final String[] APPLICANTS = {
        "济南泉城餐饮管理有限公司", "历下区趵突泉茶社", "市中区千佛山书店", "莱芜区鑫垚建材商行", "槐荫区鹊华桥药房", "张三丰", "欧阳明月", "王小明"
    };

    @Test
    void noticesRenderedConcurrentlyEachCarryTheirOwnApplicantAndNumber() throws Exception {
        DocumentTemplate template = new Templates(null).of(DocumentKind.ACCEPTANCE);
        NoticeRenderer renderer = new NoticeRenderer();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<String>> texts = new ArrayList<>();
        int notices = 4 * APPLICANTS.length;
        for (int i = 0; i < notices; i++) {
            int n = i;
            texts.add(threads.submit(() -> Pdfs.text(render(renderer, template, n))));
        }
        for (int i = 0; i < notices; i++) {
            String text = texts.get(i).get().replaceAll("\\s", "");
            assertThat(text).contains(APPLICANTS[i % APPLICANTS.length], number(i));
            for (int other = 0; other < APPLICANTS.length; other++) {
                if (other != i % APPLICANTS.length) {
                    assertThat(text).doesNotContain(APPLICANTS[other]);
                }
            }
        }
        threads.shutdown();
    }

    private static byte[] render(NoticeRenderer renderer, DocumentTemplate template, int n) {
        Map<String, String> fields =
                new HashMap<>(Requests.of(DocumentKind.ACCEPTANCE).fields());
        fields.put("applicant", APPLICANTS[n % APPLICANTS.length]);
        FieldValues values =
                FieldValues.check(template, fields, Map.of("caseNumber", number(n), "issuedOn", "2026年12月7日"));
        return renderer.render(
                template,
                values,
                List.of(),
                new NoticeRenderer.Page(
                        number(n),
                        "https://zwfw.jinan.gov.cn/track?case=" + number(n),
                        "https://zwfw.jinan.gov.cn/verify-document",
                        "济南市 电子印章"));
    }

    private static String number(int n) {
        return "SL37010220261207" + String.format("%04d", n + 1);
    }
}
