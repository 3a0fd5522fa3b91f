package org.tongban.search.internal.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreCachingWrappingScorer;
import org.apache.lucene.search.ScoreMode;

/**
 * Passes on only the matches that score at least a threshold, so that the page, the total and the facet counts all
 * leave out the matches under the score gate (what Elasticsearch's {@code min_score} does).
 */
final class ScoreGateCollector<C extends Collector, T> implements CollectorManager<Collector, T> {
    private final CollectorManager<C, T> inner;
    private final float threshold;
    private final List<C> collectors = new ArrayList<>();

    ScoreGateCollector(CollectorManager<C, T> inner, float threshold) {
        this.inner = inner;
        this.threshold = threshold;
    }

    @Override
    public synchronized Collector newCollector() throws IOException {
        C collector = inner.newCollector();
        collectors.add(collector);
        return new FilterCollector(collector) {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                return ScoreCachingWrappingScorer.wrap(new Gated(super.getLeafCollector(context), threshold));
            }

            // Matches under the threshold are dropped anyway: let the scorers skip them.
            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.TOP_SCORES;
            }
        };
    }

    @Override
    public synchronized T reduce(Collection<Collector> ignored) throws IOException {
        return inner.reduce(collectors);
    }

    private static final class Gated extends FilterLeafCollector {
        private final float threshold;
        private Scorable scorer;

        Gated(LeafCollector in, float threshold) {
            super(in);
            this.threshold = threshold;
        }

        // The scorer caches its score (ScoreCachingWrappingScorer), read here and by the top-hits collector.
        @Override
        public void setScorer(Scorable scorer) throws IOException {
            this.scorer = scorer;
            scorer.setMinCompetitiveScore(threshold);
            in.setScorer(new Scorable() {
                @Override
                public float score() throws IOException {
                    return scorer.score();
                }
            });
        }

        @Override
        public void collect(int doc) throws IOException {
            if (scorer.score() >= threshold) {
                in.collect(doc);
            }
        }
    }
}
