package org.tongban.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One dictionary line. With expansions it is one-way: a query containing any phrase also searches the expansions
 * ({@code 开饭店,开餐馆 => 食品经营许可,营业执照}). Without, the phrases are equivalent to each other ({@code 身份证,居民身份证}).
 *
 * @param phrases what citizens type
 * @param expansions official terms to search as well; empty for an equivalence
 */
public record SynonymEntry(List<String> phrases, List<String> expansions) {

    /** Longest phrase or term, in characters. */
    public static final int MAX_TERM_LENGTH = 50;

    public SynonymEntry {
        phrases = clean(phrases, "同义词");
        expansions = expansions == null ? List.of() : expansions.isEmpty() ? List.of() : clean(expansions, "扩展词");
        if (expansions.isEmpty() && phrases.size() < 2) {
            throw new SearchQueryException("同义词条目至少需要两个词，或用“=>”给出扩展词");
        }
    }

    /**
     * Reads the line format {@code a,b => c,d} or {@code a,b} (commas may be full-width).
     *
     * @throws SearchQueryException if the line is malformed
     */
    public static SynonymEntry parse(String line) {
        if (line == null || line.isBlank()) {
            throw new SearchQueryException("同义词条目不能为空");
        }
        String[] sides = line.split("=>", -1);
        if (sides.length > 2) {
            throw new SearchQueryException("同义词条目只能有一个“=>”：" + line.strip());
        }
        return new SynonymEntry(split(sides[0]), sides.length == 2 ? split(sides[1]) : List.of());
    }

    /** The line format, as read by {@link #parse(String)}. */
    public String format() {
        return String.join(",", phrases) + (expansions.isEmpty() ? "" : " => " + String.join(",", expansions));
    }

    private static List<String> split(String side) {
        return Arrays.asList(side.split("[,，]", -1));
    }

    private static List<String> clean(List<String> terms, String what) {
        if (terms == null || terms.isEmpty()) {
            throw new SearchQueryException(what + "不能为空");
        }
        List<String> cleaned = new ArrayList<>();
        for (String term : terms) {
            String t = term == null ? "" : term.strip();
            if (t.isEmpty()) {
                throw new SearchQueryException(what + "中有空词，请检查逗号");
            }
            if (t.length() > MAX_TERM_LENGTH) {
                throw new SearchQueryException(what + "“" + t.substring(0, 10) + "…”超过" + MAX_TERM_LENGTH + "个字");
            }
            if (t.chars().anyMatch(c -> Character.isISOControl(c) || c == '=' || c == '>')) {
                throw new SearchQueryException(what + "“" + t + "”含有不允许的字符");
            }
            if (!cleaned.contains(t)) {
                cleaned.add(t);
            }
        }
        return List.copyOf(cleaned);
    }
}
