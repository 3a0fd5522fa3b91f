package org.tongban.search.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.search.DocumentKind;
import org.tongban.search.FacetField;

/** Every text the portal asks for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE =
            Pattern.compile("\"(search\\.(?:portal|header)\\.[a-zA-Z0-9.]+[a-zA-Z0-9])\"");
    private static final String BASE = "i18n/search-ui";

    @Test
    void everyKeyUsedInThePortalSourcesIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/tongban/search/ui/portal"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_SOURCE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        // Keys put together at run time: kinds of hits, snippet fields, facets and tips.
        for (DocumentKind kind : DocumentKind.values()) {
            used.add("search.portal.kind." + kind.name());
        }
        for (String field : List.of("conditions", "materials", "answer", "question")) {
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
        assertThat(load(BASE + ".properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void theUnavailableMessageSaysSoInChinese() throws IOException {
        assertThat(load(BASE + ".properties").getProperty("search.portal.unavailable"))
                .startsWith("搜索服务暂时不可用");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String suffix) throws IOException {
        Properties chinese = load(BASE + ".properties");
        Properties translation = load(BASE + suffix + ".properties");

        assertThat(translation.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
        for (String key : chinese.stringPropertyNames()) {
            assertThat(placeholders(translation.getProperty(key)))
                    .as(key)
                    .isEqualTo(placeholders(chinese.getProperty(key)));
        }
    }

    private static int placeholders(String pattern) {
        // An apostrophe would silently swallow a placeholder in MessageFormat, so it must not appear at all.
        assertThat(pattern).doesNotContain("'");
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
