package org.tongban.search.internal.lucene;

import static org.tongban.search.internal.Fields.*;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.tongban.search.DocumentKind;
import org.tongban.search.SearchDocument;
import org.tongban.search.internal.IndexedDocument;

/** Maps documents to Lucene fields and back; keyword fields index documents only (no frequencies, no norms). */
final class LuceneDocuments {
    private static final String SEPARATOR = "\u001f";
    // Stored copies of indexed fields get names of their own: Lucene needs one index layout per field name.
    private static final String STORED = "stored_";

    private LuceneDocuments() {}

    static Document toLucene(IndexedDocument indexed) {
        SearchDocument s = indexed.source();
        Document doc = new Document();
        doc.add(new StringField(ID, s.id(), Field.Store.YES));
        doc.add(new StoredField(KIND, s.kind().name()));
        doc.add(new StoredField(MATTER_CODE, s.matterCode()));
        doc.add(new StoredField(TITLE, s.title()));
        doc.add(new StoredField(CONDITIONS, s.conditions()));
        doc.add(new StoredField(MATERIALS, String.join(SEPARATOR, s.materials())));
        doc.add(new StoredField(QUESTION, s.question()));
        doc.add(new StoredField(ANSWER, s.answer()));
        doc.add(new StringField(DEPARTMENT, s.departmentCode(), Field.Store.YES));
        doc.add(new StoredField(DEPARTMENT_NAME, s.departmentName()));
        doc.add(new SortedSetDocValuesField(DEPARTMENT_FACET, new BytesRef(indexed.departmentFacet())));
        keyword(doc, JURISDICTION, List.of(s.jurisdictionCode()), true);
        keyword(doc, AUDIENCE, s.audiences(), true);
        keyword(doc, LIFE_EVENT, s.lifeEvents(), true);
        keyword(doc, PROMISED_LIMIT, List.of(s.promisedLimit()), true);
        keyword(doc, MATTER_TYPE, List.of(s.matterType()), true);
        keyword(doc, CROSS_REGION_MODE, s.crossRegionModes(), true);
        doc.add(new StoredField(LIMITS, s.limits()));
        doc.add(new StoredField(IMPLEMENTING_BODY, s.implementingBody()));
        doc.add(new StoredField(INTERMEDIARIES, String.join(SEPARATOR, s.intermediaries())));
        doc.add(new StoredField(STORED + PROMISED_LIMIT, s.promisedLimit()));
        doc.add(new StoredField(STORED + AUDIENCE, String.join(SEPARATOR, s.audiences())));
        doc.add(new StoredField(STORED + LIFE_EVENT, String.join(SEPARATOR, s.lifeEvents())));
        doc.add(new StoredField(STORED + JURISDICTION, s.jurisdictionCode()));
        doc.add(new StoredField(STORED + MATTER_TYPE, s.matterType()));
        doc.add(new StoredField(STORED + CROSS_REGION_MODE, String.join(SEPARATOR, s.crossRegionModes())));
        keyword(doc, TITLE_TERMS, indexed.titleTerms(), false);
        keyword(doc, BODY_TERMS, indexed.bodyTerms(), false);
        keyword(doc, TITLE_PINYIN, indexed.titlePinyin(), false);
        keyword(doc, BODY_PINYIN, indexed.bodyPinyin(), false);
        keyword(doc, LIFE_TERMS, indexed.lifeTerms(), false);
        keyword(doc, SUGGEST, indexed.suggest(), false);
        doc.add(new TextField(TITLE_TEXT, indexed.titleText(), Field.Store.NO));
        doc.add(new TextField(BODY_TEXT, indexed.bodyText(), Field.Store.NO));
        doc.add(new NumericDocValuesField(TITLE_LENGTH, s.title().length()));
        return doc;
    }

    private static void keyword(Document doc, String field, List<String> values, boolean facet) {
        for (String value : values.stream().distinct().toList()) {
            if (!value.isEmpty()) {
                doc.add(new StringField(field, value, Field.Store.NO));
                if (facet) {
                    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
                }
            }
        }
    }

    static SearchDocument fromLucene(Document doc) {
        return new SearchDocument(
                doc.get(ID),
                DocumentKind.valueOf(doc.get(KIND)),
                doc.get(MATTER_CODE),
                doc.get(TITLE),
                doc.get(CONDITIONS),
                list(doc.get(MATERIALS)),
                doc.get(QUESTION),
                doc.get(ANSWER),
                doc.get(DEPARTMENT),
                doc.get(DEPARTMENT_NAME),
                doc.get(STORED + JURISDICTION),
                list(doc.get(STORED + AUDIENCE)),
                list(doc.get(STORED + LIFE_EVENT)),
                true,
                doc.get(LIMITS),
                doc.get(STORED + PROMISED_LIMIT),
                doc.get(IMPLEMENTING_BODY),
                list(doc.get(INTERMEDIARIES)),
                doc.get(STORED + MATTER_TYPE),
                list(doc.get(STORED + CROSS_REGION_MODE)));
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}
