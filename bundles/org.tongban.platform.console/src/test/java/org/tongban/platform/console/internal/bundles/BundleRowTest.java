package org.tongban.platform.console.internal.bundles;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.console.internal.BundleAdministration;
import org.tongban.platform.console.internal.BundleErrors;
import org.tongban.platform.console.internal.TestFramework;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;

class BundleRowTest {
    @TempDir
    Path dir;

    @Test
    void rowsShowStateActionsAndTheProblemsOfEachBundle() throws Exception {
        try (TestFramework osgi = new TestFramework(dir)) {
            Bundle console = osgi.installStarted("org.tongban.platform.console");
            Bundle notice = osgi.installStarted("org.tongban.notice");
            Bundle stopped = osgi.install("org.tongban.hotline", java.util.Map.of());
            var context = console.getBundleContext();
            var admin = new BundleAdministration(context, FakeAccessControl.administrator(), new RecordingAuditLog());
            var errors = new BundleErrors(context);
            errors.frameworkEvent(new FrameworkEvent(FrameworkEvent.ERROR, notice, new IllegalStateException("激活失败")));
            List<ComponentHealth> health = List.of(
                    ComponentHealth.down("schema:org.tongban.notice", "迁移失败", notice.getBundleId()),
                    ComponentHealth.up("database", "h2"));

            List<BundleRow> rows = BundleRow.of(context.getBundles(), admin, errors, health, Locale.SIMPLIFIED_CHINESE);

            BundleRow noticeRow = row(rows, notice);
            assertThat(noticeRow.stateKey()).isEqualTo("console.bundles.state.active");
            assertThat(noticeRow.version()).isEqualTo("1.2.3");
            assertThat(noticeRow.lastError())
                    .startsWith("schema:org.tongban.notice: 迁移失败；[")
                    .endsWith("] IllegalStateException: 激活失败");
            assertThat(noticeRow.stoppable()).isTrue();
            assertThat(noticeRow.startable()).isFalse();

            BundleRow consoleRow = row(rows, console);
            assertThat(consoleRow.stoppable()).isFalse();
            assertThat(consoleRow.lastError()).isEmpty();

            BundleRow hotlineRow = row(rows, stopped);
            assertThat(hotlineRow.stateKey()).isEqualTo("console.bundles.state.installed");
            assertThat(hotlineRow.startable()).isTrue();
            assertThat(hotlineRow.stoppable()).isFalse();
            errors.frameworkEvent(new FrameworkEvent(FrameworkEvent.INFO, stopped, null));
            assertThat(row(
                                    BundleRow.of(
                                            context.getBundles(), admin, errors, health, Locale.SIMPLIFIED_CHINESE),
                                    stopped)
                            .lastError())
                    .isEmpty();
        }
    }

    @Test
    void theFilterMatchesIdNameShownStateAndError() {
        BundleRow row = new BundleRow(
                12, "org.tongban.Notice", "通知公告", "1.0.0", "console.bundles.state.active", "迁移失败", false, true);

        assertThat(row.matches("", "已启动")).isTrue();
        assertThat(row.matches("12", "已启动")).isTrue();
        assertThat(row.matches("2", "已启动")).as("an id matches only as a whole").isFalse();
        assertThat(row.matches("notice", "已启动")).isTrue();
        assertThat(row.matches("公告", "已启动")).isTrue();
        assertThat(row.matches("已启动", "已启动")).isTrue();
        assertThat(row.matches("迁移", "已启动")).isTrue();
        assertThat(row.matches("hotline", "已启动")).isFalse();
    }

    @Test
    void aBundlesNameIsShownInTheViewersLanguageFromItsLocalization() throws Exception {
        try (TestFramework osgi = new TestFramework(dir)) {
            Map<String, byte[]> texts = Map.of(
                    "OSGI-INF/l10n/bundle.properties", "bundle.name=Tongban notices\n".getBytes(ISO_8859_1),
                    "OSGI-INF/l10n/bundle_en.properties", "bundle.name=Tongban notices\n".getBytes(ISO_8859_1),
                    "OSGI-INF/l10n/bundle_zh_CN.properties",
                            "bundle.name=\\u901a\\u77e5\\u516c\\u544a\n".getBytes(ISO_8859_1),
                    "OSGI-INF/l10n/bundle_zh_TW.properties",
                            "bundle.name=\\u901a\\u77e5\\u516c\\u544a\\uff08\\u7e41\\uff09\n".getBytes(ISO_8859_1));
            Bundle notice = osgi.install(
                    "org.tongban.notice",
                    Map.of("Bundle-Name", "%bundle.name", "Bundle-Localization", "OSGI-INF/l10n/bundle"),
                    texts);
            Bundle plain = osgi.install("org.tongban.plain", Map.of("Bundle-Name", "%bundle.name"));

            assertThat(BundleRow.name(notice, Locale.SIMPLIFIED_CHINESE)).isEqualTo("通知公告");
            assertThat(BundleRow.name(notice, Locale.TRADITIONAL_CHINESE)).isEqualTo("通知公告（繁）");
            assertThat(BundleRow.name(notice, Locale.ENGLISH)).isEqualTo("Tongban notices");
            assertThat(BundleRow.name(plain, Locale.SIMPLIFIED_CHINESE))
                    .as("no text for the key")
                    .isEmpty();
        }
    }

    private static BundleRow row(List<BundleRow> rows, Bundle bundle) {
        return rows.stream()
                .filter(r -> r.id() == bundle.getBundleId())
                .findFirst()
                .orElseThrow();
    }
}
