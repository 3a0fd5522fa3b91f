package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.search.DocumentKind;
import org.tongban.search.SearchDocument;

class GuidesFirstTest {

    @Test
    void aMattersGuideLeadsItsFaqsAndTheMattersKeepTheirOrder() {
        List<SearchBackend.Match> page = List.of(
                match("faq:1", DocumentKind.FAQ, "A", 90),
                match("faq:2", DocumentKind.FAQ, "B", 80),
                match("faq:3", DocumentKind.FAQ, "A", 70),
                match("matter:B", DocumentKind.MATTER, "B", 60),
                match("matter:A", DocumentKind.MATTER, "A", 50),
                match("faq:4", DocumentKind.FAQ, "C", 40));

        assertThat(GuidesFirst.order(page).stream().map(m -> m.document().id()))
                .containsExactly("matter:A", "faq:1", "faq:3", "matter:B", "faq:2", "faq:4");
    }

    @Test
    void textsOfNoMatterStayInPlace() {
        List<SearchBackend.Match> page = List.of(
                match("article:1", DocumentKind.FAQ, "", 90),
                match("article:2", DocumentKind.FAQ, "", 80),
                match("article:3", DocumentKind.FAQ, "", 70));

        assertThat(GuidesFirst.order(page)).isEqualTo(page);
    }

    private static SearchBackend.Match match(String id, DocumentKind kind, String matter, double score) {
        SearchDocument doc =
                SearchDocument.builder(id, kind).matterCode(matter).title(id).build();
        return new SearchBackend.Match(doc, score);
    }
}
