package org.tongban.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The contract of a bundle's message files, as the host resolves them: Simplified Chinese in the base file
 * ({@code i18n/x.properties}), Traditional Chinese and English as variants ({@code _zh_TW}, {@code _en}). Every key is
 * in all three, no text is empty, the placeholders agree, and no apostrophe swallows one.
 */
public final class MessageFiles {
    /** The variants besides the Simplified Chinese base, as file suffixes. */
    public static final List<String> TRANSLATIONS = List.of("_zh_TW", "_en");

    private final String base;
    private final ClassLoader loader;

    private MessageFiles(String base, ClassLoader loader) {
        this.base = base;
        this.loader = loader;
    }

    /** The files of this base name on the test's class path, for example {@code i18n/notice}. */
    public static MessageFiles of(String base) {
        return new MessageFiles(base, Thread.currentThread().getContextClassLoader());
    }

    /** The Simplified Chinese texts. */
    public Properties chinese() {
        return load("");
    }

    /** The texts of a variant: {@code ""} for the base, {@code _zh_TW} or {@code _en}. */
    public Properties variant(String suffix) {
        return load(suffix);
    }

    /** Fails unless the Chinese file defines every one of these keys. */
    public void assertDefined(Set<String> used) {
        assertThat(chinese().stringPropertyNames()).as(base + ".properties").containsAll(used);
    }

    /** Fails unless every key starts with this prefix. */
    public void assertKeysStartWith(String prefix) {
        for (String key : chinese().stringPropertyNames()) {
            assertThat(key).as(base + ".properties").startsWith(prefix);
        }
    }

    /** Fails unless the variant has exactly the Chinese keys, non-empty, with the same placeholders. */
    public void assertTranslated(String suffix) {
        assertTranslated(suffix, key -> true);
    }

    /** The same, for the keys this filter keeps (a bundle's console part, say). */
    public void assertTranslated(String suffix, Predicate<String> keys) {
        Properties chinese = chinese();
        Properties translation = variant(suffix);
        Set<String> expected = keys(chinese, keys);

        assertThat(keys(translation, keys)).as(base + suffix + ".properties").isEqualTo(expected);
        for (String key : expected) {
            String original = chinese.getProperty(key);
            String translated = translation.getProperty(key);
            assertThat(original).as(base + ".properties: " + key).isNotBlank();
            assertThat(translated).as(base + suffix + ".properties: " + key).isNotBlank();
            assertThat(placeholders(translated)).as(key).isEqualTo(placeholders(original));
        }
    }

    /** Fails unless every variant, and the base, satisfies {@link #assertTranslated(String)}. */
    public void assertComplete() {
        for (String suffix : TRANSLATIONS) {
            assertTranslated(suffix);
        }
    }

    /**
     * The message keys quoted in the Java sources below {@code folder} that match {@code key} (group 1 is the key).
     *
     * @param recursive whether to look into sub-folders too
     */
    public static Set<String> keysUsedIn(Path folder, Pattern key, boolean recursive) {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = recursive ? Files.walk(folder) : Files.list(folder)) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    /** How many arguments a pattern takes; an apostrophe fails, as it would silently swallow a placeholder. */
    public static int placeholders(String pattern) {
        assertThat(pattern).doesNotContain("'");
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    private static Set<String> keys(Properties properties, Predicate<String> filter) {
        return properties.stringPropertyNames().stream().filter(filter).collect(Collectors.toCollection(TreeSet::new));
    }

    private Properties load(String suffix) {
        String resource = base + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
