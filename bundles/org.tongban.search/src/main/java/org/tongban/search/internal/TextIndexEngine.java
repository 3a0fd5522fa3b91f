package org.tongban.search.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.tongban.search.DocumentKind;
import org.tongban.search.Fragment;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchHit;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchQueryException;
import org.tongban.search.Snippet;
import org.tongban.search.SynonymEntry;
import org.tongban.search.TextDocument;
import org.tongban.search.TextHit;
import org.tongban.search.TextIndex;
import org.tongban.search.TextQuery;
import org.tongban.search.internal.analysis.TextAnalysis;
import org.tongban.search.internal.lucene.LuceneBackend;

/**
 * A text index as the guide search's engine over an index in memory: a document is an FAQ whose question is the title
 * and whose answer is the body, its tags are the audience field, so analysis, weights, the score gate and the
 * highlighting are the guides' own.
 */
final class TextIndexEngine implements TextIndex, AutoCloseable {
    private final GuideSearchEngine engine;

    TextIndexEngine(TextAnalysis analysis, Supplier<List<SynonymEntry>> synonyms, ScoreGate gate) {
        this.engine = new GuideSearchEngine(LuceneBackend.inMemory(), analysis, synonyms, gate);
    }

    @Override
    public void put(Collection<TextDocument> documents) {
        engine.index(documents.stream().map(TextIndexEngine::asGuide).toList());
    }

    @Override
    public void delete(Collection<String> ids) {
        engine.delete(ids);
    }

    @Override
    public void replaceAll(Collection<TextDocument> documents) {
        engine.reindex(documents.stream().map(TextIndexEngine::asGuide).toList());
    }

    @Override
    public List<TextHit> search(TextQuery query) {
        String text = checked(query.text());
        if (query.limit() < 1 || query.limit() > MAX_HITS) {
            throw new SearchQueryException("条数须在1到" + MAX_HITS + "之间");
        }
        SearchQuery filters = SearchQuery.of(text)
                .withJurisdictions(query.jurisdictions())
                .withAudience(query.tag())
                .withPage(0, query.limit());
        return engine.match(text, filters).stream().map(TextIndexEngine::asText).toList();
    }

    @Override
    public long count() {
        return engine.backend().count();
    }

    @Override
    public void close() {
        engine.close();
    }

    /** Line breaks and tabs of a typed text count as spaces; other control characters are refused. */
    static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw new SearchQueryException("请输入要搜索的内容");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new SearchQueryException("搜索内容不能超过" + MAX_TEXT_LENGTH + "个字，请精简后再试");
        }
        String flat = text.replaceAll("[\\r\\n\\t]+", " ");
        if (flat.chars().anyMatch(Character::isISOControl)) {
            throw new SearchQueryException("搜索内容含有不可见的控制字符，请删除后再试");
        }
        return flat;
    }

    private static SearchDocument asGuide(TextDocument d) {
        return SearchDocument.builder(d.id(), DocumentKind.FAQ)
                .title(d.title())
                .question(d.title())
                .answer(d.body())
                .jurisdictionCode(d.jurisdictionCode())
                .audiences(d.tags())
                .published(true)
                .build();
    }

    private static TextHit asText(SearchHit h) {
        Snippet snippet = h.snippets().stream()
                .filter(s -> s.field().equals("answer"))
                .findFirst()
                .orElse(new Snippet("answer", List.<Fragment>of()));
        return new TextHit(h.id(), h.title(), h.titleFragments(), snippet, h.score());
    }
}
