package org.tongban.catalogue.ui.portal;

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
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.DeliveryMethod;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.SpecialStepKind;

/** Every text the portal views ask for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(catalogue\\.portal\\.[a-zA-Z.]+[a-zA-Z])\"");
    private static final String BASE = "i18n/catalogue-ui";

    @Test
    void everyKeyUsedInThePortalSourcesIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/tongban/catalogue/ui/portal"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_SOURCE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        // Keys put together at run time: the materials table's column headers and the enumeration labels.
        for (String column : List.of("name", "required", "count", "format", "notes", "files")) {
            used.add("catalogue.portal.materials." + column);
        }
        for (Class<? extends Enum<?>> type : List.of(
                MatterType.class,
                ServedAudience.class,
                OnlineDepth.class,
                CrossRegionScope.class,
                DeliveryMethod.class,
                SpecialStepKind.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                used.add(Labels.key(constant));
            }
        }

        assertThat(used)
                .contains("catalogue.portal.guides", "catalogue.portal.lifeEvents", "catalogue.portal.guide.pdf");
        assertThat(load(BASE + ".properties").stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String suffix) throws IOException {
        Properties chinese = load(BASE + ".properties");
        Properties translation = load(BASE + suffix + ".properties");

        assertThat(translation.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
        for (String key : chinese.stringPropertyNames()) {
            assertThat(key).startsWith("catalogue.");
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
