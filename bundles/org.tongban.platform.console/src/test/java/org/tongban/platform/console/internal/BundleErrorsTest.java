package org.tongban.platform.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

class BundleErrorsTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheLatestFrameworkErrorOfABundleUntilItIsUninstalled() throws Exception {
        try (TestFramework osgi = new TestFramework(dir)) {
            Bundle console = osgi.installStarted("org.tongban.platform.console");
            BundleErrors errors = new BundleErrors(console.getBundleContext());
            Bundle broken = osgi.install(
                    "org.tongban.broken",
                    Map.of(
                            Constants.BUNDLE_ACTIVATOR,
                            FailingActivator.class.getName(),
                            Constants.IMPORT_PACKAGE,
                            "org.osgi.framework"),
                    FailingActivator.class);

            // a start the framework attempts on its own (raising the start level) reports failure as an event
            broken.adapt(BundleStartLevel.class).setStartLevel(5);
            broken.start();
            osgi.framework.adapt(FrameworkStartLevel.class).setStartLevel(5);
            awaitTrue(() -> errors.latest(broken.getBundleId()).isPresent());

            assertThat(errors.latest(broken.getBundleId()).orElseThrow().message())
                    .contains("数据库不可用");
            assertThat(errors.latest(console.getBundleId())).isEmpty();

            broken.uninstall();
            awaitTrue(() -> errors.latest(broken.getBundleId()).isEmpty());
            errors.deactivate();
        }
    }

    @Test
    void describeNamesTheRootCause() {
        var e = new RuntimeException("Activator start error", new IllegalStateException("表不存在"));

        assertThat(BundleErrors.describe(e))
                .isEqualTo("RuntimeException: Activator start error ← IllegalStateException: 表不存在");
        assertThat(BundleErrors.describe(new NullPointerException())).isEqualTo("NullPointerException");
        assertThat(BundleErrors.describe(null)).isEmpty();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
