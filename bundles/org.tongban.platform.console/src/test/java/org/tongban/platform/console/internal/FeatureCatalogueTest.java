package org.tongban.platform.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.tongban.platform.console.internal.FeatureCatalogue.Feature;
import org.tongban.platform.console.internal.FeatureCatalogue.FeatureStatus;

class FeatureCatalogueTest {
    @TempDir
    Path dir;

    @Test
    void readsTheAssemblersFeatureList() throws IOException {
        Path file = dir.resolve("features.json");
        Files.writeString(
                file,
                """
                [{"id": "notice", "title": "通知公告", "bundles": ["org.tongban.notice", "org.tongban.notice.ui"]},
                 {"id": "bare", "extra": true}]
                """);

        assertThat(FeatureCatalogue.read(file))
                .containsExactly(
                        new Feature("notice", "通知公告", List.of("org.tongban.notice", "org.tongban.notice.ui")),
                        new Feature("bare", "bare", List.of()));
    }

    @Test
    void aFeatureIsNamedInTheReadersLanguageWithItsShortIdAndVersion() {
        Feature hall = new Feature("org.tongban.features:hall:1.2.0", "预约叫号 Hall queue", List.of());
        Feature rating = new Feature("rating", "好差评 网上评价 Online rating of cases", List.of());
        Feature chineseOnly = new Feature("x", "一窗受理", List.of());

        assertThat(hall.title(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("预约叫号");
        assertThat(hall.title(java.util.Locale.ENGLISH)).isEqualTo("Hall queue");
        assertThat(rating.title(java.util.Locale.TRADITIONAL_CHINESE)).isEqualTo("好差评 网上评价");
        assertThat(rating.title(java.util.Locale.ENGLISH)).isEqualTo("Online rating of cases");
        assertThat(chineseOnly.title(java.util.Locale.ENGLISH)).isEqualTo("一窗受理");
        assertThat(hall.shortId()).isEqualTo("hall");
        assertThat(hall.version()).isEqualTo("1.2.0");
        assertThat(rating.version()).isEmpty();
    }

    @Test
    void anAbsentFileMeansNoFeatures() throws IOException {
        assertThat(FeatureCatalogue.read(dir.resolve("missing.json"))).isEmpty();
    }

    @Test
    void somethingOtherThanAnArrayIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("features.json"), "{\"id\": \"notice\"}");

        assertThatThrownBy(() -> FeatureCatalogue.read(file)).isInstanceOf(IOException.class);
    }

    @Test
    void aFeatureIsActiveWhenAllItsBundlesRunAndItsFragmentsAreResolved() throws Exception {
        try (TestFramework osgi = new TestFramework(dir)) {
            Bundle host = osgi.install("org.tongban.notice", Map.of());
            Bundle fragment =
                    osgi.install("org.tongban.notice.texts", Map.of(Constants.FRAGMENT_HOST, "org.tongban.notice"));
            host.start(); // resolving the host attaches the fragment
            Bundle ui = osgi.installStarted("org.tongban.notice.ui");
            assertThat(fragment.getState()).isEqualTo(Bundle.RESOLVED);
            Feature notice = new Feature(
                    "notice",
                    "通知公告",
                    List.of("org.tongban.notice", "org.tongban.notice.ui", "org.tongban.notice.texts"));
            Feature hotline = new Feature("hotline", "热线", List.of("org.tongban.notice", "org.tongban.hotline"));

            assertThat(status(notice, osgi)).isEmpty();
            assertThat(status(hotline, osgi)).containsExactly("org.tongban.hotline");

            ui.stop();
            assertThat(status(notice, osgi)).containsExactly("org.tongban.notice.ui");
        }
    }

    private static List<String> status(Feature feature, TestFramework osgi) {
        List<FeatureStatus> statuses = FeatureCatalogue.status(
                List.of(feature), osgi.framework.getBundleContext().getBundles());
        assertThat(statuses.getFirst().allActive())
                .isEqualTo(statuses.getFirst().notRunning().isEmpty());
        return statuses.getFirst().notRunning();
    }
}
