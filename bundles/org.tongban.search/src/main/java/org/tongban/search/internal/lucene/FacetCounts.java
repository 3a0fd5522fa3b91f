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
            FacetField.LIFE_EVENT, Fields.LIFE_EVENT);

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

    static final class Counter extends SimpleCollector {
        private final Map<FacetField, Map<String, Long>> counts = new EnumMap<>(FacetField.class);
        private final Map<FacetField, SortedSetDocValues> values = new EnumMap<>(FacetField.class);
        private long total;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            for (Map.Entry<FacetField, String> field : FIELDS.entrySet()) {
                values.put(field.getKey(), DocValues.getSortedSet(context.reader(), field.getValue()));
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (Map.Entry<FacetField, SortedSetDocValues> entry : values.entrySet()) {
                SortedSetDocValues dv = entry.getValue();
                if (dv.advanceExact(doc)) {
                    Map<String, Long> map = counts.computeIfAbsent(entry.getKey(), f -> new HashMap<>());
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        map.merge(dv.lookupOrd(dv.nextOrd()).utf8ToString(), 1L, Long::sum);
                    }
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
