package org.tongban.search;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Indexes of other texts than service guides (a hotline's knowledge articles, for example), searched with the guide
 * search's analysis: folding of Traditional script, Chinese segmentation with the government terms, pinyin and
 * initials, homophone typos and the city's {@link SynonymDictionary}. Each index lives in memory on this node and is
 * empty after a start: its owner keeps the documents and fills it ({@link TextIndex#replaceAll}). Checking who may see
 * a document is the owner's business too; filter by jurisdiction and tag.
 *
 * @since 2.1
 */
@ProviderType
public interface TextIndexes {
    /**
     * The index of this name, created empty the first time it is asked for.
     *
     * @param name lower-case letters, digits and dashes, 1 to 40 characters, for example {@code hotline-knowledge}
     * @throws IllegalArgumentException for another name
     */
    TextIndex open(String name);
}
