package org.tongban.search.internal;

import java.util.List;
import org.tongban.search.SearchDocument;

/**
 * A document with the fields both backends index: the client-side analysis output beside the source.
 *
 * @param source the document as given, stored for display and highlighting
 * @param titleTerms segmented terms of the folded title
 * @param bodyTerms segmented terms of the folded other text
 * @param titlePinyin pinyin keys of the title's terms
 * @param bodyPinyin pinyin keys of the other text's terms
 * @param lifeTerms folded life event names and their terms
 * @param suggest keys that completions match by prefix
 * @param titleText folded title, for the unigram field
 * @param bodyText folded other text, for the unigram field
 */
public record IndexedDocument(
        SearchDocument source,
        List<String> titleTerms,
        List<String> bodyTerms,
        List<String> titlePinyin,
        List<String> bodyPinyin,
        List<String> lifeTerms,
        List<String> suggest,
        String titleText,
        String bodyText) {

    /** Facet key of the department: code and name, so the facet can show the name. */
    public String departmentFacet() {
        return source.departmentCode() + "\t" + source.departmentName();
    }
}
