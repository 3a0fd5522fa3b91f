package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tongban.itests.support.TongbanInstance.call;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * The Yingkou distribution (营口市, 辽宁省) launched with the real framework and bundles: its features active, its
 * jurisdictions from GB/T 2260, the national working calendar for its districts, and the portal in Simplified,
 * Traditional (the script its 50 measures were published in) and English.
 */
class YingkouCityIT {

    private static TongbanInstance yingkou;

    @BeforeAll
    static void start() throws Exception {
        yingkou = TongbanInstance.of("yingkou").start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (yingkou != null) {
            yingkou.close();
        }
    }

    @Test
    void everyBundleOfTheCityIsActiveWithIntakeHotlineSearchAndTheMarket() {
        Bundle[] bundles = yingkou.bundleContext().getBundles();
        assertThat(bundles)
                .filteredOn(b -> b.getState() != Bundle.ACTIVE)
                .extracting(Bundle::getSymbolicName)
                .isEmpty();
        assertThat(bundles)
                .extracting(Bundle::getSymbolicName)
                .contains(
                        "org.tongban.intake",
                        "org.tongban.intake.ui",
                        "org.tongban.hotline",
                        "org.tongban.hotline.ui",
                        "org.tongban.catalogue",
                        "org.tongban.search",
                        "org.tongban.worktime",
                        "org.tongban.platform.accounts",
                        "org.tongban.platform.notify",
                        "org.tongban.documents",
                        "org.tongban.credit",
                        "org.tongban.market",
                        "org.tongban.market.ui");
        assertThat(yingkou.views().registeredRoute("console/hotline/desk")).isPresent();
        assertThat(yingkou.views().registeredRoute("console/market/review")).isPresent();
        assertThat(yingkou.views().registeredRoute("market/agency")).isPresent();
    }

    @Test
    void theJurisdictionsAreYingkousCityAndItsSixDistricts() throws Exception {
        Jurisdictions jurisdictions = yingkou.service(Jurisdictions.class);
        assertThat(jurisdictions.find("210800")).map(Jurisdiction::name).hasValue("营口市");
        assertThat(jurisdictions.children("210800"))
                .extracting(Jurisdiction::code, Jurisdiction::name)
                .containsExactlyInAnyOrder(
                        tuple("210802", "站前区"),
                        tuple("210803", "西市区"),
                        tuple("210804", "鲅鱼圈区"),
                        tuple("210811", "老边区"),
                        tuple("210881", "盖州市"),
                        tuple("210882", "大石桥市"));
        assertThat(jurisdictions.contains("210000", "210804")).isTrue();
        assertThat(jurisdictions.find("370100")).isEmpty();
    }

    @Test
    void theDistrictsCountOnTheNationalCalendarWithTheDefaultRules() throws Exception {
        Object bayuquan = call(yingkou.service("org.tongban.worktime.CalendarService"), "calendar", "210804");
        assertThat(call(bayuquan, "isWorkingDay", LocalDate.of(2026, 10, 5)))
                .as("国庆节")
                .isEqualTo(false);
        assertThat(call(bayuquan, "isWorkingDay", LocalDate.of(2026, 10, 10)))
                .as("国庆调休上班的周六")
                .isEqualTo(true);
        assertThat(call(bayuquan, "isWorkingDay", LocalDate.of(2026, 10, 12)))
                .as("普通周一")
                .isEqualTo(true);
    }

    @Test
    void theCityOffersSimplifiedTraditionalAndEnglish() throws Exception {
        List<String> properties =
                Files.readAllLines(yingkou.home().resolve("conf/tongban.properties"), StandardCharsets.UTF_8);
        assertThat(properties)
                .contains("city=yingkou", "locale=zh-CN", "locales=zh-CN,zh-TW,en", "jurisdiction.root=210800");

        HttpResponse<String> simplified = yingkou.get("/guides");
        assertThat(simplified.statusCode()).isEqualTo(200);
        assertThat(simplified.body()).contains("营口市政务服务中心", "辽ICP备");
        assertThat(yingkou.get("/guides?lang=zh-TW").body()).contains("營口市政務服務中心");
        assertThat(yingkou.get("/guides?lang=en").body()).contains("Yingkou Government Service Centre");
        assertThat(yingkou.get("/themes/yingkou/theme.css").body()).contains("--lumo-primary-color");
        assertThat(yingkou.get("/market/agencies?lang=zh-TW").body()).contains("中介服務超市", "營口市政務服務中心");
        assertThat(yingkou.get("/market/projects").body()).contains("中介服务超市·项目公开", "共 0 个项目");
    }
}
