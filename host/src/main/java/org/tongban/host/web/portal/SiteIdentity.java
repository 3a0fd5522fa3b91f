package org.tongban.host.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the footer of a government website must show (《政府网站发展指引》, 国办发〔2017〕47号: 主办单位, 网站标识码,
 * ICP and 公安 filing numbers, contact), read from the {@code site} object of the city's {@code theme.json}. An
 * empty value is left out of the footer; the hotline defaults to 12345.
 *
 * @param sponsor 主办单位
 * @param siteCode 网站标识码
 * @param icp ICP 备案号
 * @param police 公安机关备案号
 * @param contact 联系方式 (address, mail)
 * @param hotline 政务服务便民热线
 * @param sample whether the code and filing numbers are placeholders of a demonstration city ({@code "sample": true}):
 *     the footer then marks them 示例, so that they never pass for real registrations
 */
public record SiteIdentity(
        String sponsor, String siteCode, String icp, String police, String contact, String hotline, boolean sample) {

    static SiteIdentity read(Path home, String theme) {
        Path file = home.resolve("themes").resolve(theme).resolve("theme.json");
        if (!theme.matches("[a-z0-9-]+") || !Files.isRegularFile(file)) {
            return new SiteIdentity("", "", "", "", "", "12345", false);
        }
        try {
            JsonNode site = new ObjectMapper().readTree(file.toFile()).path("site");
            return new SiteIdentity(
                    site.path("sponsor").asText(""),
                    site.path("siteCode").asText(""),
                    site.path("icp").asText(""),
                    site.path("police").asText(""),
                    site.path("contact").asText(""),
                    site.path("hotline").asText("12345"),
                    site.path("sample").asBoolean(false));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
