package org.tongban.hotline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multinomial naive Bayes classifier over the character bigrams {@link Similarity} uses (Laplace smoothing), trained
 * from labelled texts. Bigrams rather than a word segmenter: the search feature's Chinese analysis is not published
 * API, and bigrams score within a few points of segmented words on short complaint texts (see the hotline benchmark).
 * Immutable once built, so one instance serves concurrent requests.
 */
final class TextClassifier {
    /** A label with its posterior probability. */
    record Guess(String label, double probability) {}

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();
    private final Map<String, Integer> documents = new HashMap<>();
    /** In how many labels' texts each bigram occurs. */
    private final Map<String, Integer> spread = new HashMap<>();

    private final int vocabulary;
    private final int size;

    private TextClassifier(List<Map.Entry<String, String>> labelled) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : labelled) {
            Map<String, Integer> grams = Similarity.bigrams(e.getKey());
            Map<String, Integer> of = counts.computeIfAbsent(e.getValue(), k -> new HashMap<>());
            grams.forEach((g, n) -> {
                of.merge(g, n, Integer::sum);
                totals.merge(e.getValue(), n, Integer::sum);
                words.add(g);
            });
            documents.merge(e.getValue(), 1, Integer::sum);
        }
        counts.values().forEach(of -> of.keySet().forEach(g -> spread.merge(g, 1, Integer::sum)));
        vocabulary = Math.max(1, words.size());
        size = labelled.size();
    }

    /** Trains on (text, label) pairs. */
    static TextClassifier train(List<Map.Entry<String, String>> labelled) {
        return new TextClassifier(labelled);
    }

    /**
     * Whether a bigram tells labels apart: one seen in training and in at most a third of the labels. Place names,
     * greetings and "希望尽快处理" occur under every label and would only add noise.
     */
    private boolean telling(String gram, int labels) {
        int in = spread.getOrDefault(gram, 0);
        return in > 0 && in <= Math.max(1, labels / 3);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The labels by posterior probability, best first, at most {@code limit}. */
    List<Guess> classify(String text, int limit) {
        if (size == 0) {
            return List.of();
        }
        Map<String, Integer> grams = Similarity.bigrams(text);
        List<String> labels = new ArrayList<>(documents.keySet());
        double[] scores = new double[labels.size()];
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            Map<String, Integer> of = counts.get(label);
            double denominator = totals.getOrDefault(label, 0) + vocabulary;
            double score = Math.log(documents.get(label) / (double) size);
            for (Map.Entry<String, Integer> g : grams.entrySet()) {
                if (!telling(g.getKey(), labels.size())) {
                    continue;
                }
                score += g.getValue() * Math.log((of.getOrDefault(g.getKey(), 0) + 1) / denominator);
            }
            scores[i] = score;
            best = Math.max(best, score);
        }
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.exp(scores[i] - best);
            sum += scores[i];
        }
        List<Guess> guesses = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            guesses.add(new Guess(labels.get(i), scores[i] / sum));
        }
        guesses.sort(Comparator.comparingDouble(Guess::probability).reversed().thenComparing(Guess::label));
        return guesses.subList(0, Math.min(limit, guesses.size()));
    }
}
