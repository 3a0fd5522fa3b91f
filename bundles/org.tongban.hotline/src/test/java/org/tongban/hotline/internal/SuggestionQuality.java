package org.tongban.hotline.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tongban.hotline.Place;

/**
 * The quality of the hotline's suggestions on a labelled set of Jinan 12345 texts ({@code suggestions/tickets.tsv}:
 * 312 tickets of 12 categories, each category in 10 phrasings said two ways at Jinan addresses; {@code
 * suggestions/pairs.tsv}: 76 pairs marked duplicate or not). The category suggester is trained on phrasings 0 to 6
 * and evaluated on the held-back phrasings 7 to 9, which it never saw: a ticket of a kind it learned, told in other
 * words. Prints the figures: {@code mvn -f bundles/org.tongban.hotline/pom.xml test-compile exec:java}.
 */
public final class SuggestionQuality {
    /** The phrasings held back from training. */
    static final int FIRST_HELD_BACK = 7;

    record Labelled(String id, String category, int phrasing, Place place, String text) {}

    record Pair(boolean duplicate, Place a, String textA, Place b, String textB) {
        double score(int nearbyMeters) {
            return Similarity.score(Similarity.text(textA, textB), Similarity.place(a, b, nearbyMeters));
        }
    }

    record Accuracy(int tested, double top1, double top3) {}

    record Cut(double cutoff, double precision, double recall) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private SuggestionQuality() {}

    static List<Labelled> tickets() {
        List<Labelled> out = new ArrayList<>();
        for (String[] f : rows("suggestions/tickets.tsv")) {
            out.add(new Labelled(f[0], f[1], Integer.parseInt(f[3]), Place.at(f[4], f[5]), f[6]));
        }
        return out;
    }

    static List<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        for (String[] f : rows("suggestions/pairs.tsv")) {
            out.add(new Pair(
                    f[0].equals("DUP"),
                    new Place(f[1], Double.valueOf(f[3]), Double.valueOf(f[4]), f[2]),
                    f[5],
                    new Place(f[6], Double.valueOf(f[8]), Double.valueOf(f[9]), f[7]),
                    f[10]));
        }
        return out;
    }

    /** Top-1 and top-3 accuracy on the held-back phrasings. */
    static Accuracy categoryAccuracy() {
        List<Labelled> all = tickets();
        TextClassifier classifier = TextClassifier.train(all.stream()
                .filter(t -> t.phrasing() < FIRST_HELD_BACK)
                .map(t -> Map.entry(t.text(), t.category()))
                .toList());
        List<Labelled> held =
                all.stream().filter(t -> t.phrasing() >= FIRST_HELD_BACK).toList();
        int top1 = 0;
        int top3 = 0;
        for (Labelled t : held) {
            List<String> guesses = classifier.classify(t.text(), 3).stream()
                    .map(TextClassifier.Guess::label)
                    .toList();
            top1 += guesses.getFirst().equals(t.category()) ? 1 : 0;
            top3 += guesses.contains(t.category()) ? 1 : 0;
        }
        return new Accuracy(held.size(), top1 / (double) held.size(), top3 / (double) held.size());
    }

    /** Precision and recall of the similar-ticket suggestion at a cut-off. */
    static Cut at(double cutoff) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Pair p : pairs()) {
            boolean suggested = p.score(Limits.DEFAULTS.nearbyMeters()) >= cutoff;
            tp += suggested && p.duplicate() ? 1 : 0;
            fp += suggested && !p.duplicate() ? 1 : 0;
            fn += !suggested && p.duplicate() ? 1 : 0;
        }
        return new Cut(cutoff, tp + fp == 0 ? 1 : tp / (double) (tp + fp), tp + fn == 0 ? 1 : tp / (double) (tp + fn));
    }

    /** The cut-off with the best F1 over 0.30 to 0.90 in steps of 0.01 (the lowest of equals: recall matters more). */
    static Cut best() {
        Cut best = at(0.30);
        for (int i = 31; i <= 90; i++) {
            Cut c = at(i / 100.0);
            if (c.f1() > best.f1() + 1e-9) {
                best = c;
            }
        }
        return best;
    }

    private static List<String[]> rows(String resource) {
        var in = Objects.requireNonNull(
                SuggestionQuality.class.getClassLoader().getResourceAsStream(resource), resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        Accuracy a = categoryAccuracy();
        System.out.printf(
                "Category suggestion (naive Bayes over character bigrams), %d held-back tickets: top-1 %.1f %%, top-3 %.1f %%%n",
                a.tested(), 100 * a.top1(), 100 * a.top3());
        Cut configured = at(Limits.DEFAULTS.similarityCutoff());
        Cut best = best();
        System.out.printf(
                "Similar tickets, %d labelled pairs: at the configured cut-off %.2f precision %.1f %%, recall %.1f %%%n",
                pairs().size(), configured.cutoff(), 100 * configured.precision(), 100 * configured.recall());
        System.out.printf(
                "Best F1 cut-off on the pairs %.2f: precision %.1f %%, recall %.1f %%%n",
                best.cutoff(), 100 * best.precision(), 100 * best.recall());
    }
}
