package org.tongban.hotline.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests a category for a description from the city's closed tickets: the categories of the most similar past
 * descriptions (character bigrams, Dice coefficient) vote with their similarity; the confidence is the winner's share
 * of the votes. Chinese needs no word segmentation for this: bigrams carry most words of two characters.
 */
final class CategoryGuess {
    /** How many of the most similar past tickets vote. */
    static final int NEIGHBOURS = 7;

    /** Below this similarity a past ticket does not vote at all. */
    static final double FLOOR = 0.08;

    /** A suggested category and how sure the vote is, 0 to 1. */
    record Guess(String categoryCode, double confidence) {}

    private record Example(Set<String> bigrams, String categoryCode) {}

    private final List<Example> examples = new ArrayList<>();

    /** Learns from a closed ticket's description and category. */
    void learn(String description, String categoryCode) {
        if (description != null && categoryCode != null) {
            examples.add(new Example(bigrams(description), categoryCode));
        }
    }

    int size() {
        return examples.size();
    }

    Optional<Guess> guess(String description) {
        Set<String> grams = bigrams(description == null ? "" : description);
        if (grams.isEmpty()) {
            return Optional.empty();
        }
        record Scored(String code, double score) {}
        List<Scored> nearest = examples.stream()
                .map(e -> new Scored(e.categoryCode(), dice(grams, e.bigrams())))
                .filter(s -> s.score() >= FLOOR)
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(NEIGHBOURS)
                .toList();
        Map<String, Double> votes = new HashMap<>();
        nearest.forEach(s -> votes.merge(s.code(), s.score(), Double::sum));
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        return votes.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> new Guess(e.getKey(), e.getValue() / total));
    }

    static Set<String> bigrams(String text) {
        String s = text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
