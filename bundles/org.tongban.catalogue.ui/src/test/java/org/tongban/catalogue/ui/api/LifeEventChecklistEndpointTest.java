package org.tongban.catalogue.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ui.fixtures.InMemoryCatalogue;
import org.tongban.testing.ApiCalls;
import org.tongban.testing.TestJurisdictions;

/** The tailored list of a life event as a PDF for the window, with the answers of the page's address. */
class LifeEventChecklistEndpointTest {
    private final LifeEventChecklistEndpoint endpoint =
            new LifeEventChecklistEndpoint(InMemoryCatalogue.withSamples(new TestJurisdictions()));

    private ApiCalls.Reply get(String path, String... parameters) {
        return ApiCalls.get(endpoint, new String[] {LifeEventChecklistEndpoint.PATH}, path, parameters);
    }

    private static String text(ApiCalls.Reply reply) throws IOException {
        PdfReader reader = new PdfReader(reply.bytes());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString();
    }

    @Test
    void theChecklistFollowsTheAnswersAndNamesThemAndItsFile() throws IOException {
        ApiCalls.Reply rented = get("v1/life-events/LE-CANYIN/checklist.pdf", "Q1", "Y");

        assertThat(rented.status()).isEqualTo(200);
        assertThat(rented.contentType()).isEqualTo("application/pdf");
        assertThat(rented.headers().get("Content-Disposition"))
                .startsWith("attachment; filename=\"checklist-LE-CANYIN.pdf\"; filename*=UTF-8''%E5%8A%9E");
        assertThat(text(rented)).contains("我要开餐馆", "一件事办事清单", "经营场所是否为租赁？", "是", "食品经营许可（新办）", "房屋租赁合同");

        String owned = text(get("v1/life-events/LE-CANYIN/checklist.pdf", "Q1", "N"));
        assertThat(owned).contains("否（自有房产）").doesNotContain("房屋租赁合同");

        assertThat(text(get("v1/life-events/LE-CANYIN/checklist.pdf", "Q1", "maybe")))
                .as("an unknown option counts as no answer")
                .contains("未回答");
    }

    @Test
    void anUnknownLifeEventIsNotFoundAndABadCodeIsRefused() {
        assertThat(get("v1/life-events/LE-NONE/checklist.pdf").status()).isEqualTo(404);
        assertThat(get("v1/life-events/<x>/checklist.pdf").status()).isEqualTo(400);
    }
}
