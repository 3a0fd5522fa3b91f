package org.tongban.host.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A city's look, read from {@code themes/<name>/theme.json}: the hall's name in each language and the logo file.
 *
 * @param name theme folder name
 * @param hallName the hall's name in Simplified Chinese
 * @param hallNameTraditional the name in Traditional Chinese
 * @param hallNameEnglish the name in English
 * @param logo logo file name inside the theme folder
 */
public record CityTheme(String name, String hallName, String hallNameTraditional, String hallNameEnglish, String logo) {

    /** The theme of the current Vaadin request or UI access. */
    public static CityTheme current() {
        return WebHost.current().theme();
    }

    static CityTheme read(Path home, String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Invalid theme name: " + name);
        }
        Path file = home.resolve("themes").resolve(name).resolve("theme.json");
        if (!Files.isRegularFile(file)) {
            return new CityTheme(name, "政务服务网", "政務服務網", "Government Services", "logo.svg");
        }
        try {
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            String hall = json.path("hallName").asText("政务服务网");
            return new CityTheme(
                    name,
                    hall,
                    json.path("hallNameTraditional").asText(hall),
                    json.path("hallNameEnglish").asText(hall),
                    json.path("logo").asText("logo.svg"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The hall's name in the given UI language. */
    public String hallName(Locale locale) {
        Locale supported = BundleI18NProvider.supported(locale);
        if (supported.equals(BundleI18NProvider.ZH_TW)) {
            return hallNameTraditional;
        }
        return supported.equals(Locale.ENGLISH) ? hallNameEnglish : hallName;
    }
}
