package org.tongban.hotline.internal;

import java.util.List;
import org.tongban.search.SynonymDictionary;
import org.tongban.search.SynonymEntry;

/** The guide search's synonym dictionary with fixed entries (the search bundle's defaults in the tests). */
record FixedSynonyms(List<SynonymEntry> entries) implements SynonymDictionary {
    @Override
    public SynonymEntry put(SynonymEntry entry) {
        throw new UnsupportedOperationException("fixed");
    }

    @Override
    public void remove(List<String> phrases) {
        throw new UnsupportedOperationException("fixed");
    }
}
