package org.tongban.search.internal.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.search.SearchUnavailableException;
import org.tongban.search.internal.IndexedDocument;

/**
 * Sends changes in bulk requests of bounded size, one at a time: the caller waits while the cluster works, which is
 * the back-pressure. Rejected items (429, 503) and failed requests are retried with growing pauses.
 */
final class BulkWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);
    static final int BATCH = 500;
    private static final int ATTEMPTS = 6;
    private static final long FIRST_PAUSE_MILLIS = 100;

    private final ElasticsearchClient client;

    BulkWriter(ElasticsearchClient client) {
        this.client = client;
    }

    void write(String index, List<IndexedDocument> upserts, Collection<String> deletions, boolean refresh) {
        List<BulkOperation> operations = new ArrayList<>();
        for (IndexedDocument doc : upserts) {
            var source = ElasticDocuments.toSource(doc);
            operations.add(BulkOperation.of(
                    b -> b.index(i -> i.index(index).id(doc.source().id()).document(source))));
        }
        for (String id : deletions) {
            operations.add(BulkOperation.of(b -> b.delete(d -> d.index(index).id(id))));
        }
        for (int from = 0; from < operations.size(); from += BATCH) {
            boolean last = from + BATCH >= operations.size();
            send(operations.subList(from, Math.min(operations.size(), from + BATCH)), refresh && last);
        }
    }

    private void send(List<BulkOperation> batch, boolean refresh) {
        List<BulkOperation> pending = batch;
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            List<BulkOperation> failed = new ArrayList<>();
            String error = null;
            try {
                List<BulkOperation> ops = pending;
                BulkResponse response =
                        client.bulk(b -> b.operations(ops).refresh(refresh ? Refresh.WaitFor : Refresh.False));
                if (response.errors()) {
                    List<BulkResponseItem> items = response.items();
                    for (int i = 0; i < items.size(); i++) {
                        BulkResponseItem item = items.get(i);
                        if (item.error() == null) {
                            continue;
                        }
                        if (item.status() == 429 || item.status() == 503) {
                            failed.add(ops.get(i));
                            error = item.error().reason();
                        } else {
                            throw new IllegalStateException("搜索索引写入失败（" + item.id() + "）："
                                    + item.error().reason());
                        }
                    }
                }
            } catch (ElasticsearchException e) {
                if (e.status() != 429 && e.status() < 500) {
                    throw e;
                }
                failed = pending;
                error = e.getMessage();
            } catch (IOException e) {
                failed = pending;
                error = e.toString();
            }
            if (failed.isEmpty()) {
                return;
            }
            if (attempt == ATTEMPTS) {
                throw new SearchUnavailableException("搜索服务繁忙，索引写入未完成：" + error, null);
            }
            LOG.warn("Bulk request: {} operations to retry in {} ms ({})", failed.size(), pause, error);
            sleep(pause);
            pause *= 2;
            pending = failed;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("索引写入被中断", e);
        }
    }
}
