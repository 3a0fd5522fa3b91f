/**
 * Guide search (办事指南搜索): full-text search over published service guides and FAQs, with Chinese segmentation,
 * pinyin, Traditional script, synonyms, facets and suggestions. The index is fed from catalogue events; queries are
 * public and only ever see published documents. {@link org.tongban.search.TextIndexes} lends the same analysis to
 * other kinds of text (knowledge articles).
 */
@Export
@Version("2.1.0")
package org.tongban.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
