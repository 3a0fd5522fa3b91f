package org.tongban.search.catalogue;

import java.time.Duration;
import java.time.Instant;

/**
 * The outcome of a full reindex.
 *
 * @param matters published guides indexed
 * @param faqs FAQ entries indexed
 * @param finished when the new index took over
 * @param took how long the rebuild took
 */
public record ReindexReport(int matters, int faqs, Instant finished, Duration took) {}
