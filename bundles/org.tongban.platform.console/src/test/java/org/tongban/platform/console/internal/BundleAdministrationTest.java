package org.tongban.platform.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.console.internal.BundleOperationException.Reason;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;

class BundleAdministrationTest {
    @TempDir
    Path dir;

    private TestFramework osgi;
    private Bundle console;
    private Bundle feature;
    private final FakeAccessControl access = FakeAccessControl.administrator(BundleAdministration.PERMISSION);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private BundleAdministration admin;

    @BeforeEach
    void start() throws Exception {
        osgi = new TestFramework(dir);
        console = osgi.installStarted("org.tongban.platform.console");
        feature = osgi.installStarted("org.tongban.notice");
        admin = new BundleAdministration(console.getBundleContext(), access, audit);
    }

    @AfterEach
    void stop() throws Exception {
        osgi.close();
    }

    @Test
    void stopsAndStartsAFeatureBundleAndAuditsBoth() {
        admin.stop(feature.getBundleId());
        assertThat(feature.getState()).isEqualTo(Bundle.RESOLVED);
        assertThat(admin.canStart(feature)).isTrue();

        admin.start(feature.getBundleId());
        assertThat(feature.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(audit.lines())
                .containsExactly(
                        "bundle.stop org.tongban.notice id=" + feature.getBundleId() + " version=1.2.3",
                        "bundle.start org.tongban.notice id=" + feature.getBundleId() + " version=1.2.3");
    }

    @Test
    void withoutPermissionNothingHappensAndNothingIsAudited() {
        access.revokeAll();

        assertThatThrownBy(() -> admin.stop(feature.getBundleId()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("bundle:admin");
        assertThatThrownBy(() -> admin.start(feature.getBundleId())).isInstanceOf(AccessDeniedException.class);
        assertThat(feature.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(audit.lines()).isEmpty();
    }

    @Test
    void theBundlesThatImportABundlesPackagesAreNamedBeforeItStops() throws Exception {
        Bundle provider = osgi.install(
                "org.tongban.provider", Map.of(Constants.EXPORT_PACKAGE, "org.example.provided;version=1.0"));
        provider.start();
        Bundle user = osgi.install(
                "org.tongban.user", Map.of(Constants.IMPORT_PACKAGE, "org.example.provided;version=\"[1,2)\""));
        user.start();

        assertThat(admin.dependents(provider.getBundleId())).containsExactly("org.tongban.user");
        assertThat(admin.dependents(feature.getBundleId())).isEmpty();
        assertThat(admin.canStop(provider))
                .as("confirmed in the console, not refused")
                .isTrue();
    }

    @Test
    void aBundleTheConsoleItselfIsWiredToCannotBeStopped() throws Exception {
        Bundle provider =
                osgi.install("org.tongban.kit", Map.of(Constants.EXPORT_PACKAGE, "org.example.kit;version=1.0"));
        provider.start();
        Bundle needy = osgi.install(
                "org.tongban.platform.console.needy",
                Map.of(Constants.IMPORT_PACKAGE, "org.example.kit;version=\"[1,2)\""));
        needy.start();
        BundleAdministration needyAdmin = new BundleAdministration(needy.getBundleContext(), access, audit);

        assertThatThrownBy(() -> needyAdmin.stop(provider.getBundleId()))
                .isInstanceOfSatisfying(BundleOperationException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.CONSOLE_NEEDS_IT));
        assertThat(provider.getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void refusesToStopTheSystemBundle() {
        assertRefused(Constants.SYSTEM_BUNDLE_ID, Reason.SYSTEM_BUNDLE);
        assertThat(osgi.framework.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(admin.canStop(osgi.framework)).isFalse();
    }

    @Test
    void refusesToStopTheConsoleItself() {
        assertRefused(console.getBundleId(), Reason.CONSOLE_BUNDLE);
        assertThat(console.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(admin.canStop(console)).isFalse();
    }

    @Test
    void refusesToStopFrameworkBundles() throws Exception {
        Bundle scr = osgi.installStarted("org.apache.felix.scr");

        assertRefused(scr.getBundleId(), Reason.FRAMEWORK_BUNDLE);
        assertThat(scr.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(admin.canStop(scr)).isFalse();
        assertThat(admin.canStop(feature)).isTrue();
    }

    @Test
    void refusesToStartAFragment() throws Exception {
        Bundle fragment =
                osgi.install("org.tongban.notice.texts", Map.of(Constants.FRAGMENT_HOST, "org.tongban.notice"));

        assertThatThrownBy(() -> admin.start(fragment.getBundleId()))
                .isInstanceOfSatisfying(BundleOperationException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.FRAGMENT));
        assertThat(admin.canStart(fragment)).isFalse();
    }

    @Test
    void unknownBundleIsReportedAsNotFound() {
        assertThatThrownBy(() -> admin.start(9999)).isInstanceOfSatisfying(BundleOperationException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
            assertThat(e.bundleName()).isEqualTo("9999");
        });
    }

    @Test
    void aFailingActivatorIsReportedAndAudited() throws Exception {
        Bundle broken = osgi.install(
                "org.tongban.broken",
                Map.of(
                        Constants.BUNDLE_ACTIVATOR,
                        FailingActivator.class.getName(),
                        Constants.IMPORT_PACKAGE,
                        "org.osgi.framework"),
                FailingActivator.class);

        assertThatThrownBy(() -> admin.start(broken.getBundleId()))
                .isInstanceOfSatisfying(BundleOperationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.FAILED);
                    assertThat(BundleErrors.describe(e.getCause())).contains("数据库不可用");
                });
        assertThat(broken.getState()).isEqualTo(Bundle.RESOLVED);
        assertThat(audit.lines()).singleElement().asString().startsWith("bundle.start org.tongban.broken 失败：");
    }

    private void assertRefused(long bundleId, Reason reason) {
        assertThatThrownBy(() -> admin.stop(bundleId))
                .isInstanceOfSatisfying(BundleOperationException.class, e -> assertThat(e.reason())
                        .isEqualTo(reason));
        assertThat(audit.lines()).isEmpty();
    }
}
