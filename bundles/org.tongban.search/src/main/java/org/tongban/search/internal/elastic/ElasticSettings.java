package org.tongban.search.internal.elastic;

/**
 * Connection and index settings.
 *
 * @param url node address, for example {@code http://127.0.0.1:9200}
 * @param alias the alias queries use; versioned indices are named after it
 * @param analyzer analyzer of the unigram text fields: {@code standard} on a core-only node, {@code smartcn} or
 *     {@code ik_max_word} where the cluster has the plugin
 * @param replicas replicas per index
 */
public record ElasticSettings(String url, String alias, String analyzer, int replicas) {}
