package org.tongban.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Yingkou's descriptor, jurisdictions and theme: the features its 50 measures ask for (the 中介服务超市 is measure 43)
 * with everything they need, the
 * GB/T 2260 codes of 营口市 and its six county-level divisions, and Traditional Chinese among its languages (its notice
 * of the measures is published in Traditional script).
 */
class YingkouCityTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path CITY = REPO.resolve("distribution/src/main/cities/yingkou");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCityRunsIntakeTheHotlineAndTheMarketWithEveryFeatureTheyNeed() throws IOException {
        JsonNode city = JSON.readTree(CITY.resolve("city.json").toFile());
        List<String> features = new ArrayList<>();
        city.path("features").forEach(f -> features.add(f.asText()));
        assertThat(features)
                .contains(
                        "platform",
                        "intake",
                        "hotline",
                        "catalogue",
                        "search",
                        "worktime",
                        "accounts",
                        "notifications",
                        "documents",
                        "credit",
                        "market")
                .doesNotHaveDuplicates();
        for (String name : features) {
            Feature feature = Feature.read(REPO.resolve("features").resolve(name + ".json"), "1");
            assertThat(features).as(name + " needs " + feature.requires()).containsAll(feature.requires());
        }
        assertThat(city.path("theme").asText()).isEqualTo("yingkou");
        assertThat(REPO.resolve("themes/yingkou/theme.css")).isRegularFile();
        assertThat(REPO.resolve("themes/yingkou/logo.svg")).isRegularFile();
        JsonNode theme = JSON.readTree(REPO.resolve("themes/yingkou/theme.json").toFile());
        assertThat(theme.path("hallNameTraditional").asText()).isEqualTo("營口市政務服務中心");
    }

    @Test
    void traditionalChineseIsOneOfItsLanguages() throws IOException {
        JsonNode city = JSON.readTree(CITY.resolve("city.json").toFile());
        assertThat(CityAssembler.locales(city)).isEqualTo("zh-CN,zh-TW,en");
        assertThat(CityAssembler.locales(JSON.readTree("{\"locale\": \"zh-TW\"}")))
                .isEqualTo("zh-TW,zh-CN,en");
    }

    /** Source: GB/T 2260 行政区划代码 (民政部 2023年县以上行政区划代码), 营口市 and its divisions. */
    @Test
    void theJurisdictionsAreTheCityAndItsSixDivisionsUnderLiaoning() throws IOException {
        JsonNode province = JSON.readTree(CITY.resolve("jurisdictions.json").toFile());
        assertThat(province.path("code").asText()).isEqualTo("210000");
        JsonNode yingkou = province.path("children").get(0);
        assertThat(yingkou.path("code").asText()).isEqualTo("210800");
        assertThat(yingkou.path("name").asText()).isEqualTo("营口市");
        Map<String, String> divisions = new TreeMap<>();
        yingkou.path("children")
                .forEach(d ->
                        divisions.put(d.path("code").asText(), d.path("name").asText()));
        assertThat(divisions)
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(
                        "210802", "站前区",
                        "210803", "西市区",
                        "210804", "鲅鱼圈区",
                        "210811", "老边区",
                        "210881", "盖州市",
                        "210882", "大石桥市")));
        JsonNode descriptor = JSON.readTree(CITY.resolve("city.json").toFile());
        assertThat(descriptor.path("jurisdictionRoot").asText()).isEqualTo("210800");
        assertThat(Files.readString(REPO.resolve("distribution/pom.xml")))
                .containsPattern("<tongban.cities>[^<]*yingkou");
    }
}
