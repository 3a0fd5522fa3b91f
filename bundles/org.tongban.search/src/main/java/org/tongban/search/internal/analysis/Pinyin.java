package org.tongban.search.internal.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin keys of a term: full spelling without tones ({@code yingyezhizhao}) and initials ({@code yyzz}). Characters
 * with several readings (行, 长) give several keys, capped so that long terms stay cheap.
 */
public final class Pinyin {
    private static final int MAX_VARIANTS = 4;
    private static final int MAX_READINGS_PER_CHAR = 2;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    // pinyin4j looks readings up in a large table on every call; terms recur in every query and every document, so
    // readings are kept per character (a bounded set) and spellings per term (cleared when it grows past the cap).
    private static final Map<Character, List<String>> READINGS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_TERMS = 100_000;
    private static final Map<String, List<String>> SPELLINGS = new ConcurrentHashMap<>();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {}

    /** Full spellings and initials of a Han-only term of two or more characters; empty otherwise. */
    public static Set<String> keys(String term) {
        Set<String> keys = new LinkedHashSet<>();
        for (String full : spellings(term)) {
            keys.add(full.replace(" ", ""));
            StringBuilder initials = new StringBuilder();
            for (String syllable : full.split(" ")) {
                initials.append(syllable.charAt(0));
            }
            keys.add(initials.toString());
        }
        return keys;
    }

    /** Full spellings without separators, for homophone matching of typed Chinese. */
    public static Set<String> fullSpellings(String term) {
        Set<String> keys = new LinkedHashSet<>();
        for (String full : spellings(term)) {
            keys.add(full.replace(" ", ""));
        }
        return keys;
    }

    // Syllables separated by spaces, one string per reading combination.
    private static List<String> spellings(String term) {
        if (term.length() < 2 || !term.codePoints().allMatch(Folding::isHan)) {
            return List.of();
        }
        List<String> cached = SPELLINGS.get(term);
        if (cached == null) {
            if (SPELLINGS.size() >= MAX_CACHED_TERMS) {
                SPELLINGS.clear();
            }
            cached = List.copyOf(computeSpellings(term));
            SPELLINGS.put(term, cached);
        }
        return cached;
    }

    private static List<String> computeSpellings(String term) {
        List<String> variants = new ArrayList<>(List.of(""));
        for (int i = 0; i < term.length(); i++) {
            List<String> readings = readings(term.charAt(i));
            if (readings.isEmpty()) {
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String prefix : variants) {
                for (String reading : readings) {
                    if (next.size() < MAX_VARIANTS) {
                        next.add(prefix.isEmpty() ? reading : prefix + " " + reading);
                    }
                }
            }
            variants = next;
        }
        return variants;
    }

    private static List<String> readings(char c) {
        return READINGS.computeIfAbsent(c, Pinyin::lookUpReadings);
    }

    private static List<String> lookUpReadings(char c) {
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (all == null) {
                return List.of();
            }
            Set<String> distinct = new LinkedHashSet<>(List.of(all));
            return distinct.stream().limit(MAX_READINGS_PER_CHAR).toList();
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
