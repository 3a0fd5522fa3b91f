package org.tongban.search.internal.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.tongban.search.FacetField;
import org.tongban.search.internal.Fields;

/** Counts matches per facet value over every matching document, reading the doc-values fields. */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {
    private static final Map<FacetField, String> FIELDS = Map.of(
            FacetField.DEPARTMENT, Fields.DEPARTMENT_FACET,
            FacetField.JURISDICTION, Fields.JURISDICTION,
            FacetField.AUDIENCE, Fields.AUDIENCE,
            FacetField.LIFE_EVENT, Fields.LIFE_EVENT,
            FacetField.PROMISED_LIMIT, Fields.PROMISED_LIMIT,
            FacetField.MATTER_TYPE, Fields.MATTER_TYPE,
            FacetField.CROSS_REGION_MODE, Fields.CROSS_REGION_MODE);

    record Result(long total, Map<FacetField, Map<String, Long>> counts) {}

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Result reduce(Collection<Counter> counters) {
        long total = 0;
        Map<FacetField, Map<String, Long>> counts = new EnumMap<>(FacetField.class);
        for (Counter counter : counters) {
            total += counter.total;
            counter.counts.forEach((field, values) -> values.forEach((value, n) ->
                    counts.computeIfAbsent(field, f -> new HashMap<>()).merge(value, n, Long::sum)));
        }
        return new Result(total, counts);
    }

    /**
     * Counts per ordinal within a segment and turns ordinals into text once per segment: a query may match most of a
     * large catalogue, and decoding the value of every matching document would dominate the search.
     */
    static final class Counter extends SimpleCollector {
        private final Map<FacetField, Map<String, Long>> counts = new EnumMap<>(FacetField.class);
        private final Map<FacetField, SortedSetDocValues> values = new EnumMap<>(FacetField.class);
        private final Map<FacetField, long[]> ordinals = new EnumMap<>(FacetField.class);
        private long total;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            for (Map.Entry<FacetField, String> field : FIELDS.entrySet()) {
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), field.getValue());
                values.put(field.getKey(), dv);
                ordinals.put(field.getKey(), new long[Math.toIntExact(dv.getValueCount())]);
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (Map.Entry<FacetField, SortedSetDocValues> entry : values.entrySet()) {
                SortedSetDocValues dv = entry.getValue();
                if (dv.advanceExact(doc)) {
                    long[] perOrdinal = ordinals.get(entry.getKey());
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        perOrdinal[Math.toIntExact(dv.nextOrd())]++;
                    }
                }
            }
        }

        /** The end of a segment: its ordinal counts become counts by value. */
        @Override
        public void finish() throws IOException {
            for (Map.Entry<FacetField, long[]> entry : ordinals.entrySet()) {
                SortedSetDocValues dv = values.get(entry.getKey());
                long[] perOrdinal = entry.getValue();
                for (int ord = 0; ord < perOrdinal.length; ord++) {
                    if (perOrdinal[ord] > 0) {
                        counts.computeIfAbsent(entry.getKey(), f -> new HashMap<>())
                                .merge(dv.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
                    }
                }
            }
            ordinals.clear();
            values.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
