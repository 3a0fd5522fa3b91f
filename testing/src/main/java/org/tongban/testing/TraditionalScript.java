package org.tongban.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The Traditional Chinese variant of a bundle's message files ({@code _zh_TW}) written in Traditional script: no
 * character that only Simplified script uses is left in it. OpenCC's tables (opencc4j, which the search also uses to
 * fold scripts) decide: a character counts as left over where converting the text to Traditional script changes it and
 * the character is one of the Simplified-only ones. Converting the text as a whole keeps characters both scripts
 * share in their place (只, 面, 制 stay, 这里 becomes 這裏), and regional choices (臺 or 台, 覈 or 核) are not
 * checked: both are Traditional characters.
 */
public final class TraditionalScript {

    private TraditionalScript() {}

    /** Fails with every left-over character and its key, for example {@code hall.ui.kiosk.help: 帮 → 幫}. */
    public static void assertTraditional(MessageFiles files) {
        var texts = files.variant("_zh_TW");
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            found.addAll(leftOvers(key, texts.getProperty(key)));
        }
        assertThat(found)
                .as("Simplified characters left in the Traditional Chinese texts")
                .isEmpty();
    }

    /** The Simplified-only characters of a text, each as {@code key: 帮 → 幫}. */
    static List<String> leftOvers(String key, String text) {
        List<String> found = new ArrayList<>();
        String converted = ZhConverterUtil.toTraditional(text);
        if (converted.length() != text.length()) {
            for (char c : text.toCharArray()) {
                if (ZhConverterUtil.isSimple(c) && !ZhConverterUtil.isTraditional(c)) {
                    found.add(key + ": " + c + " → " + String.join("/", ZhConverterUtil.toTraditional(c)));
                }
            }
            return found;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != converted.charAt(i) && ZhConverterUtil.isSimple(c) && !ZhConverterUtil.isTraditional(c)) {
                found.add(key + ": " + c + " → " + converted.charAt(i));
            }
        }
        return found;
    }
}
