package org.tongban.search.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.search.DocumentKind;
import org.tongban.search.FacetField;
import org.tongban.testing.MessageFiles;

/** Every text the portal asks for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE =
            Pattern.compile("\"(search\\.(?:portal|header)\\.[a-zA-Z0-9.]+[a-zA-Z0-9])\"");
    private final MessageFiles messages = MessageFiles.of("i18n/search-ui");

    @Test
    void everyKeyUsedInThePortalSourcesIsDefined() {
        Set<String> used =
                MessageFiles.keysUsedIn(Path.of("src/main/java/org/tongban/search/ui/portal"), KEY_IN_SOURCE, true);
        // Keys put together at run time: kinds of hits, snippet fields, facets and tips.
        for (DocumentKind kind : DocumentKind.values()) {
            used.add("search.portal.kind." + kind.name());
        }
        for (String field : List.of("conditions", "materials", "limits", "answer", "question")) {
            used.add("search.portal.field." + field);
        }
        for (FacetField field : FacetField.values()) {
            used.add("search.portal.facet." + FacetPanel.parameterOf(field));
        }
        for (int i = 1; i <= Notices.TIPS; i++) {
            used.add("search.portal.start.tip" + i);
            used.add("search.portal.none.tip" + i);
        }

        assertThat(used).contains("search.portal.title", "search.header.field", "search.portal.unavailable");
        messages.assertDefined(used);
    }

    @Test
    void theUnavailableMessageSaysSoInChinese() {
        assertThat(messages.chinese().getProperty("search.portal.unavailable")).startsWith("搜索服务暂时不可用");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String suffix) {
        messages.assertTranslated(suffix);
    }
}
