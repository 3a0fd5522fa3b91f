package org.tongban.search.internal.elastic;

import static org.tongban.search.internal.Fields.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.search.DocumentKind;
import org.tongban.search.SearchDocument;
import org.tongban.search.internal.IndexedDocument;

/** Maps documents to Elasticsearch sources and back; the client-segmented terms are keyword arrays. */
final class ElasticDocuments {

    private ElasticDocuments() {}

    static Map<String, Object> toSource(IndexedDocument indexed) {
        SearchDocument s = indexed.source();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(ID, s.id());
        source.put(KIND, s.kind().name());
        source.put(MATTER_CODE, s.matterCode());
        source.put(TITLE, s.title());
        source.put(CONDITIONS, s.conditions());
        source.put(MATERIALS, s.materials());
        source.put(QUESTION, s.question());
        source.put(ANSWER, s.answer());
        source.put(DEPARTMENT, s.departmentCode());
        source.put(DEPARTMENT_NAME, s.departmentName());
        source.put(DEPARTMENT_FACET, indexed.departmentFacet());
        source.put(JURISDICTION, s.jurisdictionCode());
        source.put(AUDIENCE, s.audiences().stream().distinct().toList());
        source.put(LIFE_EVENT, s.lifeEvents().stream().distinct().toList());
        source.put(LIMITS, s.limits());
        source.put(PROMISED_LIMIT, s.promisedLimit().isEmpty() ? List.of() : List.of(s.promisedLimit()));
        source.put(IMPLEMENTING_BODY, s.implementingBody());
        source.put(INTERMEDIARIES, s.intermediaries());
        source.put(MATTER_TYPE, s.matterType().isEmpty() ? List.of() : List.of(s.matterType()));
        source.put(CROSS_REGION_MODE, s.crossRegionModes().stream().distinct().toList());
        source.put(TITLE_TERMS, indexed.titleTerms());
        source.put(BODY_TERMS, indexed.bodyTerms());
        source.put(TITLE_PINYIN, indexed.titlePinyin());
        source.put(BODY_PINYIN, indexed.bodyPinyin());
        source.put(LIFE_TERMS, indexed.lifeTerms());
        source.put(SUGGEST, indexed.suggest());
        source.put(TITLE_TEXT, indexed.titleText());
        source.put(BODY_TEXT, indexed.bodyText());
        source.put(TITLE_LENGTH, s.title().length());
        return source;
    }

    static SearchDocument fromSource(Map<?, ?> source) {
        return new SearchDocument(
                text(source, ID),
                DocumentKind.valueOf(text(source, KIND)),
                text(source, MATTER_CODE),
                text(source, TITLE),
                text(source, CONDITIONS),
                list(source, MATERIALS),
                text(source, QUESTION),
                text(source, ANSWER),
                text(source, DEPARTMENT),
                text(source, DEPARTMENT_NAME),
                text(source, JURISDICTION),
                list(source, AUDIENCE),
                list(source, LIFE_EVENT),
                true,
                text(source, LIMITS),
                String.join("", list(source, PROMISED_LIMIT)),
                text(source, IMPLEMENTING_BODY),
                list(source, INTERMEDIARIES),
                String.join("", list(source, MATTER_TYPE)),
                list(source, CROSS_REGION_MODE));
    }

    private static String text(Map<?, ?> source, String field) {
        Object value = source.get(field);
        return value == null ? "" : value.toString();
    }

    private static List<String> list(Map<?, ?> source, String field) {
        Object value = source.get(field);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
