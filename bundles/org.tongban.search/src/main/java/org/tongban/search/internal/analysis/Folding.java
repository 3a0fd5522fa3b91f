package org.tongban.search.internal.analysis;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings text to the one form that is indexed and searched: Simplified script (OpenCC data), half-width letters and
 * digits, lower case. Both index and query go through it, so 營業執照 finds 营业执照 and the other way round.
 */
public final class Folding {

    private Folding() {}

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return hasHan(normal) ? ZhConverterUtil.toSimple(normal) : normal;
    }

    /**
     * Folds and keeps the length, so that offsets found in the folded text mark the original: per character when a
     * phrase conversion would change the length.
     */
    public static String foldAligned(String text) {
        String folded = fold(text);
        if (folded.length() == text.length()) {
            return folded;
        }
        StringBuilder aligned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = fold(String.valueOf(text.charAt(i)));
            aligned.append(one.length() == 1 ? one.charAt(0) : text.charAt(i));
        }
        return aligned.toString();
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(Folding::isHan);
    }
}
