package org.tongban.search.internal.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.search.FacetField;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchUnavailableException;
import org.tongban.search.internal.Fields;
import org.tongban.search.internal.IndexedDocument;
import org.tongban.search.internal.QueryPlan;
import org.tongban.search.internal.ScoreGate;
import org.tongban.search.internal.SearchBackend;

/**
 * Elasticsearch through the official client. Queries and writes go to an alias; a reindex fills a new versioned
 * index ({@code <alias>-<timestamp>}) and moves the alias to it in one atomic alias update.
 */
public final class ElasticBackend implements SearchBackend {
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private static final Map<FacetField, String> FACETS = Map.of(
            FacetField.DEPARTMENT, Fields.DEPARTMENT_FACET,
            FacetField.JURISDICTION, Fields.JURISDICTION,
            FacetField.AUDIENCE, Fields.AUDIENCE,
            FacetField.LIFE_EVENT, Fields.LIFE_EVENT,
            FacetField.PROMISED_LIMIT, Fields.PROMISED_LIMIT,
            FacetField.MATTER_TYPE, Fields.MATTER_TYPE,
            FacetField.CROSS_REGION_MODE, Fields.CROSS_REGION_MODE);
    private static final int FACET_SIZE = 100;
    /** Key of the document format in the index mapping's {@code _meta}. */
    static final String FORMAT_KEY = "tongban_format";

    private final ElasticSettings settings;
    private final Rest5Client rest;
    private final ElasticsearchClient client;
    private final BulkWriter bulk;
    private volatile boolean aliasReady;

    public ElasticBackend(ElasticSettings settings) {
        this.settings = settings;
        this.rest = Rest5Client.builder(URI.create(settings.url())).build();
        this.client = new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper()));
        this.bulk = new BulkWriter(client);
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    /** The index the alias points at now. */
    public Set<String> liveIndices() {
        return call(() -> client.indices()
                .getAlias(g -> g.name(settings.alias()))
                .aliases()
                .keySet());
    }

    @Override
    public void write(List<IndexedDocument> upserts, Collection<String> deletions) {
        ensureAlias();
        call(() -> {
            bulk.write(settings.alias(), upserts, deletions, true);
            return null;
        });
    }

    @Override
    public Page search(QueryPlan plan, int from, int size) {
        ensureAlias();
        Query query = ElasticQueries.toQuery(plan);
        double threshold = threshold(query, plan.gate());
        if (threshold < 0) {
            return new Page(List.of(), 0, Map.of());
        }
        SearchResponse<Map> response = call(() -> client.search(
                s -> {
                    s.index(settings.alias()).query(query).from(from).size(size).trackTotalHits(t -> t.enabled(true));
                    if (threshold > 0) {
                        // min_score applies to the total and the aggregations too.
                        s.minScore(threshold);
                    }
                    FACETS.forEach((facet, field) -> s.aggregations(
                            facet.name(), a -> a.terms(t -> t.field(field).size(FACET_SIZE))));
                    return s;
                },
                Map.class));
        List<Match> matches = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            double score = hit.score() == null ? 0 : hit.score();
            matches.add(new Match(ElasticDocuments.fromSource(hit.source()), score));
        }
        Map<FacetField, Map<String, Long>> facets = new EnumMap<>(FacetField.class);
        for (FacetField facet : FacetField.values()) {
            Aggregate aggregate = response.aggregations().get(facet.name());
            Map<String, Long> counts = new LinkedHashMap<>();
            if (aggregate != null && aggregate.isSterms()) {
                for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                    counts.put(bucket.key().stringValue(), bucket.docCount());
                }
            }
            facets.put(facet, counts);
        }
        long total = response.hits().total() == null
                ? matches.size()
                : response.hits().total().value();
        return new Page(matches, total, facets);
    }

    /**
     * Elasticsearch scores with Lucene's legacy BM25, which keeps the factor k1 + 1 = 2.2 that Lucene's own BM25 (the
     * embedded backend) dropped: the gate's minimum is on the embedded scale.
     */
    static final float BM25_SCALE = 2.2f;

    // The best match's score, asked first without source, total or aggregations; -1 when nothing answers.
    private double threshold(Query query, ScoreGate gate) {
        if (gate.open()) {
            return 0;
        }
        SearchResponse<Map> best = call(() -> client.search(
                s -> s.index(settings.alias())
                        .query(query)
                        .size(1)
                        .source(src -> src.fetch(false))
                        .trackTotalHits(t -> t.enabled(false)),
                Map.class));
        Double score = best.hits().maxScore();
        if (score == null || best.hits().hits().isEmpty()) {
            return -1;
        }
        float threshold = gate.threshold(score.floatValue() / BM25_SCALE);
        return threshold < 0 ? -1 : threshold * BM25_SCALE;
    }

    @Override
    public List<SearchDocument> prefix(String prefix, int limit) {
        ensureAlias();
        SearchResponse<Map> response = call(() -> client.search(
                s -> s.index(settings.alias())
                        .query(q -> q.prefix(p -> p.field(Fields.SUGGEST).value(prefix)))
                        .sort(o -> o.field(f -> f.field(Fields.TITLE_LENGTH).order(SortOrder.Asc)))
                        .size(limit),
                Map.class));
        return response.hits().hits().stream()
                .map(h -> ElasticDocuments.fromSource(h.source()))
                .toList();
    }

    @Override
    public long count() {
        ensureAlias();
        return call(() -> client.count(c -> c.index(settings.alias())).count());
    }

    // Read from the index itself, so it survives a restart; an index created before formats were recorded has none.
    @Override
    public String format() {
        ensureAlias();
        return call(() -> {
            var mappings =
                    client.indices().getMapping(g -> g.index(settings.alias())).mappings();
            for (var mapping : mappings.values()) {
                JsonData value = mapping.mappings().meta().get(FORMAT_KEY);
                return value == null ? null : value.to(String.class);
            }
            return null;
        });
    }

    @Override
    public Generation newGeneration() {
        ensureAlias();
        String index = createIndex("-1");
        return new Generation() {
            @Override
            public void write(List<IndexedDocument> upserts, Collection<String> deletions) {
                call(() -> {
                    bulk.write(index, upserts, deletions, false);
                    return null;
                });
            }

            @Override
            public void activate() {
                call(() -> {
                    client.indices()
                            .putSettings(p -> p.index(index).settings(s -> s.refreshInterval(r -> r.time("1s"))));
                    client.indices().refresh(r -> r.index(index));
                    Set<String> old = client.indices()
                            .getAlias(g -> g.name(settings.alias()))
                            .aliases()
                            .keySet();
                    client.indices().updateAliases(u -> {
                        for (String o : old) {
                            u.actions(a -> a.remove(r -> r.index(o).alias(settings.alias())));
                        }
                        return u.actions(a -> a.add(ad -> ad.index(index).alias(settings.alias())));
                    });
                    for (String o : old) {
                        client.indices().delete(d -> d.index(o));
                    }
                    return null;
                });
            }

            @Override
            public void abandon() {
                call(() -> client.indices().delete(d -> d.index(index)));
            }
        };
    }

    /** Removes the alias and every index behind it (when the search feature is uninstalled, and after tests). */
    public void dropIndices() {
        call(() -> {
            if (client.indices().existsAlias(e -> e.name(settings.alias())).value()) {
                for (String index : liveIndices()) {
                    client.indices().delete(d -> d.index(index));
                }
            }
            aliasReady = false;
            return null;
        });
    }

    private void ensureAlias() {
        if (aliasReady) {
            return;
        }
        synchronized (this) {
            if (!aliasReady) {
                call(() -> {
                    if (!client.indices()
                            .existsAlias(e -> e.name(settings.alias()))
                            .value()) {
                        String index = createIndex("1s");
                        client.indices().putAlias(p -> p.index(index).name(settings.alias()));
                    } else {
                        // An index made by an earlier version lacks later fields (limits, matter type, cross-region
                        // mode): mappings only grow. Its recorded format stays, so the start-up check still rebuilds
                        // it for the documents it holds.
                        client.indices()
                                .putMapping(p -> p.index(settings.alias()).withJson(new StringReader(mappings())));
                    }
                    return null;
                });
                aliasReady = true;
            }
        }
    }

    // A new index, empty or filled by a reindex, holds documents of the current format only.
    private String createIndex(String refresh) {
        String index = settings.alias() + "-" + LocalDateTime.now().format(VERSION);
        String strict = "\"dynamic\": \"strict\",";
        String template = mapping();
        if (!template.contains(strict)) {
            throw new IllegalStateException("index.json has no strict mappings object");
        }
        String body = template.replace("${replicas}", String.valueOf(settings.replicas()))
                .replace("${refresh}", refresh)
                .replace("${analyzer}", settings.analyzer())
                .replace(strict, strict + " \"_meta\": { \"" + FORMAT_KEY + "\": \"" + SearchDocument.FORMAT + "\" },");
        call(() -> client.indices().create(c -> c.index(index).withJson(new StringReader(body))));
        return index;
    }

    /** The {@code mappings} object of the index definition, as a put-mapping request takes it. */
    private String mappings() {
        String body = mapping();
        int start = body.indexOf('{', body.indexOf("\"mappings\""));
        int depth = 0;
        for (int i = start; i < body.length(); i++) {
            char c = body.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return body.substring(start, i + 1).replace("${analyzer}", settings.analyzer());
            }
        }
        throw new IllegalStateException("index.json has no mappings object");
    }

    private static String mapping() {
        try (InputStream in = ElasticBackend.class.getResourceAsStream("index.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    // Connection problems become the citizen-facing "unavailable"; a refused request (bad mapping) is a bug.
    private <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailableException("搜索服务暂时不可用，请稍后再试", e);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500) {
                throw new SearchUnavailableException("搜索服务暂时不可用，请稍后再试", e);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            rest.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
