package org.tongban.hotline.internal;

import java.util.HashMap;
import java.util.Map;
import org.tongban.hotline.Place;

/**
 * How alike two tickets are. The search feature's Chinese analysis is not part of its published API, so the text is
 * compared on character bigrams (the usual fallback for unsegmented Chinese; Dice coefficient over the bigram
 * multisets, punctuation and spaces dropped). The place counts when the address or the community is the same or the
 * coordinates lie within the city's distance.
 */
final class Similarity {
    static final double TEXT_WEIGHT = 0.7;

    private Similarity() {}

    static double text(String a, String b) {
        Map<String, Integer> x = bigrams(a);
        Map<String, Integer> y = bigrams(b);
        int total = x.values().stream().mapToInt(Integer::intValue).sum()
                + y.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) {
            shared += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    static Map<String, Integer> bigrams(String text) {
        int[] cps = (text == null ? "" : text)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .toArray();
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.merge(new String(cps, i, 2), 1, Integer::sum);
        }
        if (cps.length == 1) {
            grams.merge(new String(cps, 0, 1), 1, Integer::sum);
        }
        return grams;
    }

    /** Metres between two places with coordinates (haversine), or null. */
    static Double distance(Place a, Place b) {
        if (a.latitude() == null || b.latitude() == null) {
            return null;
        }
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.longitude() - a.longitude());
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static boolean samePlace(Place a, Place b) {
        String x = a.address().replaceAll("\\s", "");
        String y = b.address().replaceAll("\\s", "");
        return x.equals(y)
                || a.jurisdictionCode().length() == 12 && a.jurisdictionCode().equals(b.jurisdictionCode());
    }

    /** The place's part of the score, 0 to 1: 1 at the same place or nearby, fading to 0 at three times the distance. */
    static double place(Place a, Place b, int nearbyMeters) {
        if (samePlace(a, b)) {
            return 1;
        }
        Double d = distance(a, b);
        if (d == null) {
            return 0;
        }
        return d <= nearbyMeters ? 1 : Math.max(0, 1 - (d - nearbyMeters) / (2.0 * nearbyMeters));
    }

    static double score(double text, double place) {
        return TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * place;
    }
}
