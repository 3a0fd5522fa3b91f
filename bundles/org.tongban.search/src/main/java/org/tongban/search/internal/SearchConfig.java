package org.tongban.search.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.tongban.search}. */
@ObjectClassDefinition(name = "Tongban guide search", description = "办事指南搜索")
public @interface SearchConfig {
    String PID = "org.tongban.search";

    @AttributeDefinition(description = "lucene (embedded, default) or elasticsearch")
    String backend() default "lucene";

    @AttributeDefinition(
            description =
                    "Folder of the embedded index and the synonym file; empty = data/search under the distribution's home")
    String folder() default "";

    @AttributeDefinition(description = "Elasticsearch node address")
    String elasticsearch_url() default "http://127.0.0.1:9200";

    @AttributeDefinition(description = "Alias the versioned Elasticsearch indices are reached through")
    String elasticsearch_index() default "tongban-guides";

    @AttributeDefinition(description = "Analyzer of the text fields: standard (core node), smartcn or ik_max_word")
    String elasticsearch_analyzer() default "standard";

    @AttributeDefinition(description = "Replicas per Elasticsearch index")
    int elasticsearch_replicas() default 0;

    @AttributeDefinition(
            description = "Score a match must reach to be a result; when the best match scores less, nothing is found")
    float score_minimum() default 7f;

    @AttributeDefinition(description = "Share of the best match's score a match must reach to be a result (0 to 1)")
    float score_relative() default 0.12f;

    @AttributeDefinition(
            description = "Seconds a query's result is reused for the same words and filters (0 = search every time);"
                    + " a change of the index on this node drops them at once")
    int results_keepSeconds() default 10;

    @AttributeDefinition(description = "Queries whose results are kept at most")
    int results_keepEntries() default 2000;

    @AttributeDefinition(
            description = "When Elasticsearch is down: none (show an error) or lucene (answer from the embedded index)")
    String fallback() default "none";
}
