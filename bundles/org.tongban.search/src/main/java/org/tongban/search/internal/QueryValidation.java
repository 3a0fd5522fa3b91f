package org.tongban.search.internal;

import org.tongban.search.GuideSearch;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchQueryException;

/** Rejects queries that cannot be meant; everything else is searched as literal text. */
final class QueryValidation {
    /** Deepest result a citizen can page to (Elasticsearch's default result window). */
    static final int MAX_RESULT_WINDOW = 10_000;

    private QueryValidation() {}

    static String text(String text) {
        if (text == null || text.isBlank()) {
            throw new SearchQueryException("请输入要搜索的内容");
        }
        checkLength(text);
        return text.strip();
    }

    static void checkLength(String text) {
        if (text.length() > GuideSearch.MAX_QUERY_LENGTH) {
            throw new SearchQueryException("搜索内容不能超过" + GuideSearch.MAX_QUERY_LENGTH + "个字，请精简后再试");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new SearchQueryException("搜索内容含有不可见的控制字符，请删除后再试");
        }
    }

    static void page(SearchQuery query) {
        if (query.page() < 0) {
            throw new SearchQueryException("页码不能小于0");
        }
        if (query.size() < 1 || query.size() > GuideSearch.MAX_PAGE_SIZE) {
            throw new SearchQueryException("每页条数须在1到" + GuideSearch.MAX_PAGE_SIZE + "之间");
        }
        if ((long) query.page() * query.size() + query.size() > MAX_RESULT_WINDOW) {
            throw new SearchQueryException("页码过大，请缩小搜索范围");
        }
    }
}
