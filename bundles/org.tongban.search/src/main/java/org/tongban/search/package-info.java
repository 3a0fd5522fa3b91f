/**
 * Guide search (办事指南搜索): full-text search over published service guides and FAQs, with Chinese segmentation,
 * pinyin, Traditional script, synonyms, facets and suggestions. The index is fed from catalogue events; queries are
 * public and only ever see published documents.
 */
@Export
@Version("2.0.0")
package org.tongban.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
