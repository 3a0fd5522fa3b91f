package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.search.SearchQueryException;
import org.tongban.search.SynonymDictionary;
import org.tongban.search.SynonymEntry;
import org.tongban.search.TextDocument;
import org.tongban.search.TextHit;
import org.tongban.search.TextIndex;
import org.tongban.search.TextQuery;

/** Other texts than guides searched with the guides' analysis: synonyms, pinyin, Traditional script, filters. */
class TextIndexesTest {
    static final TextDocument ID_CARD = new TextDocument(
            "kb-1", "居民身份证补领", "身份证丢失后，本人携带户口簿到户籍所在地或居住地派出所申请补领，可同时办理临时身份证。", "370100", List.of("public"));
    static final TextDocument FUND =
            new TextDocument("kb-2", "住房公积金提取", "购房、租房、离退休可以提取住房公积金，在济南公积金中心网厅或手机App办理。", "370100", List.of("public"));
    static final TextDocument HEATING = new TextDocument(
            "kb-3", "供暖期与室温标准", "济南供暖期为每年11月15日至次年3月15日，卧室和起居室温度不低于18摄氏度。", "370102", List.of("agents"));

    final TextIndexesComponent indexes = new TextIndexesComponent(synonyms(), ScoreGate.DEFAULT);
    final TextIndex index = indexes.open("test-knowledge");

    @AfterEach
    void close() {
        indexes.deactivate();
    }

    static SynonymDictionary synonyms() {
        return new SynonymDictionary() {
            @Override
            public List<SynonymEntry> entries() {
                return SynonymStore.defaults();
            }

            @Override
            public SynonymEntry put(SynonymEntry entry) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void remove(List<String> phrases) {
                throw new UnsupportedOperationException();
            }
        };
    }

    List<String> ids(String text) {
        return index.search(TextQuery.of(text, 5)).stream().map(TextHit::id).toList();
    }

    @Test
    void colloquialPinyinAndTraditionalTextFindTheDocument() {
        index.put(List.of(ID_CARD, FUND, HEATING));
        assertThat(ids("我的身份证丢了怎么办")).as("synonym 身份证丢了 => 居民身份证补领").startsWith("kb-1");
        assertThat(ids("zfgjj")).as("initials of 住房公积金").startsWith("kb-2");
        assertThat(ids("gongjijin")).as("full spelling").startsWith("kb-2");
        assertThat(ids("供暖期室溫標準是多少")).as("Traditional script").startsWith("kb-3");
        assertThat(ids("xyz不存在的东西qq")).isEmpty();
    }

    @Test
    void aTicketBeingTypedFindsTheArticleWithASnippet() {
        index.put(List.of(ID_CARD, FUND, HEATING));
        List<TextHit> hits = index.search(TextQuery.of("来电人反映：家里暖气不热，\n屋里只有十四度，想问供暖期的室温标准是多少，打了物业电话没人管。", 5));
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().id()).isEqualTo("kb-3");
        assertThat(hits.getFirst().snippet().text()).contains("供暖期");
        assertThat(hits.getFirst().titleFragments())
                .anyMatch(f -> f.highlighted() && f.text().contains("供暖"));
    }

    @Test
    void filtersByTagAndJurisdiction() {
        index.put(List.of(ID_CARD, FUND, HEATING));
        assertThat(index.search(new TextQuery("供暖期室温", List.of(), "public", 5))).isEmpty();
        assertThat(index.search(new TextQuery("供暖期室温", List.of("370100", "370102"), null, 5)))
                .extracting(TextHit::id)
                .containsExactly("kb-3");
        assertThat(index.search(new TextQuery("供暖期室温", List.of("370100", "370103"), null, 5)))
                .isEmpty();
    }

    @Test
    void replaceAllAndDeleteChangeWhatIsFound() {
        index.put(List.of(ID_CARD, FUND));
        assertThat(index.count()).isEqualTo(2);
        index.replaceAll(List.of(HEATING));
        assertThat(index.count()).isEqualTo(1);
        assertThat(ids("身份证补领")).isEmpty();
        index.delete(List.of("kb-3"));
        assertThat(index.count()).isZero();
        assertThat(indexes.open("test-knowledge")).as("one index per name").isSameAs(index);
        assertThat(indexes.open("other").count()).isZero();
    }

    @Test
    void badQueriesAndNamesAreRefused() {
        assertThatThrownBy(() -> index.search(TextQuery.of(" ", 5))).isInstanceOf(SearchQueryException.class);
        assertThatThrownBy(() -> index.search(TextQuery.of("字".repeat(TextIndex.MAX_TEXT_LENGTH + 1), 5)))
                .hasMessageContaining("不能超过1000个字");
        assertThatThrownBy(() -> index.search(TextQuery.of("a\u0000b", 5))).hasMessageContaining("控制字符");
        assertThatThrownBy(() -> index.search(TextQuery.of("供暖", 0))).isInstanceOf(SearchQueryException.class);
        assertThatThrownBy(() -> indexes.open("../x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(index.search(TextQuery.of("title:* OR 1=1", 5))).isEmpty();
    }
}
