package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.wiring.BundleWiring;
import org.tongban.itests.support.TestBundles;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.persistence.Database;

/**
 * Zibo runs without notices; dropping the notice feature's jars into deploy/ adds its views without a restart, and
 * removing them takes the views away; replacing a jar rewires the bundles that use it. Broken bundles are isolated and
 * reported, and a view bundle that comes and goes leaves no class loader behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HotDeploymentIT {

    private static final Duration WITHIN = Duration.ofSeconds(5);
    /** A migration runs Liquibase, which takes longer than wiring a bundle on a busy machine. */
    private static final Duration MIGRATED = Duration.ofSeconds(30);

    private static TongbanInstance zibo;

    @BeforeAll
    static void start() throws Exception {
        zibo = TongbanInstance.of("zibo").start();
    }

    @AfterAll
    static void stop() throws Exception {
        zibo.close();
    }

    @Test
    @Order(1)
    void droppedBundlesAddTheirRoutesAndRemovedBundlesTakeThemAway() throws Exception {
        assertThat(zibo.views().registeredRoute("notices")).isEmpty();

        Path service = zibo.deploy(TongbanInstance.distributionBundle("jinan", "org.tongban.notice"));
        Path ui = zibo.deploy(TongbanInstance.distributionBundle("jinan", "org.tongban.notice.ui"));
        long millis = TongbanInstance.await(
                WITHIN,
                () -> zibo.views().registeredRoute("console/notices").isPresent()
                        && zibo.views().registeredRoute("notices").isPresent());
        System.out.printf("hot deploy: routes live %d ms after the jars were dropped%n", millis);
        assertThat(zibo.get("/health").body()).contains("bundle:org.tongban.notice.ui");

        Files.delete(ui);
        TongbanInstance.await(
                WITHIN, () -> zibo.views().registeredRoute("notices").isEmpty());
        assertThat(zibo.views().registeredRoute("console/notices")).isEmpty();
        TongbanInstance.await(WITHIN, () -> bundle("org.tongban.notice.ui") == null);
        Files.delete(service);
        TongbanInstance.await(WITHIN, () -> bundle("org.tongban.notice") == null);
    }

    @Test
    @Order(2)
    void aViewBundleDroppedBeforeTheServiceItNeedsStartsWhenTheServiceArrives() throws Exception {
        Path ui = zibo.deploy(TongbanInstance.distributionBundle("jinan", "org.tongban.notice.ui"));
        TongbanInstance.await(WITHIN, () -> bundle("org.tongban.notice.ui") != null);
        Thread.sleep(600); // three more scans: it must still be waiting, not given up or half started
        assertThat(bundle("org.tongban.notice.ui").getState()).isNotEqualTo(Bundle.ACTIVE);
        assertThat(health()).contains("org.tongban.notice");

        Path service = zibo.deploy(TongbanInstance.distributionBundle("jinan", "org.tongban.notice"));
        TongbanInstance.await(
                WITHIN, () -> zibo.views().registeredRoute("notices").isPresent());
        assertThat(bundle("org.tongban.notice.ui").getState()).isEqualTo(Bundle.ACTIVE);

        Files.delete(ui);
        Files.delete(service);
        TongbanInstance.await(
                WITHIN, () -> bundle("org.tongban.notice.ui") == null && bundle("org.tongban.notice") == null);
    }

    @Test
    @Order(3)
    void aBundleWhoseActivatorThrowsIsIsolatedAndReported(@TempDir Path dir) throws Exception {
        zibo.deploy(TestBundles.failingActivator(dir));
        TongbanInstance.await(
                WITHIN,
                () -> bundle("org.tongban.test.failing") != null
                        && health().contains("boom: this bundle is broken on purpose"));

        assertThat(bundle("org.tongban.test.failing").getState()).isNotEqualTo(Bundle.ACTIVE);
        assertThat(health()).contains("\"status\" : \"DEGRADED\"");
        assertThat(health()).contains("org.tongban.test.failing-1.0.0.jar：插件包启动失败");
        assertThat(zibo.get("/").statusCode()).isEqualTo(200);
        assertThat(bundle("org.tongban.platform.security").getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    @Order(4)
    void aCorruptJarIsInHealthWithItsFileAndReasonUntilItIsRemoved(@TempDir Path dir) throws Exception {
        Path corrupt = dir.resolve("org.tongban.test.corrupt-1.0.0.jar");
        Files.writeString(corrupt, "PK this was cut off while copying");
        Path dropped = zibo.deploy(corrupt);
        TongbanInstance.await(WITHIN, () -> health().contains("deploy:org.tongban.test.corrupt-1.0.0.jar"));

        assertThat(health())
                .contains("org.tongban.test.corrupt-1.0.0.jar：文件无法读取")
                .contains("\"DEGRADED\"");

        Files.delete(dropped);
        TongbanInstance.await(WITHIN, () -> !health().contains("org.tongban.test.corrupt"));
    }

    @Test
    @Order(5)
    void aBundleWhoseMigrationFailsIsReportedAndThePlatformKeepsWorking(@TempDir Path dir) throws Exception {
        zibo.deploy(TestBundles.failingMigration(dir));
        TongbanInstance.await(WITHIN, () -> health().contains("schema:org.tongban.test.badschema"));

        assertThat(health()).contains("THIS IS NOT SQL".substring(0, 4));
        assertThat(zibo.get("/console/login").statusCode()).isEqualTo(200);
        assertThat(bundle("org.tongban.platform.persistence").getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    @Order(6)
    void aReplacedJarServesItsNewClassesToTheBundlesWiredToItWithoutARestart(@TempDir Path dir) throws Exception {
        Path api = zibo.deploy(TestBundles.greetingApi(dir.resolve("v1"), "1.0.0", "你好 v1"));
        zibo.deploy(TestBundles.greeter(dir));
        TongbanInstance.await(WITHIN, () -> "你好 v1".equals(greeting()));

        // Same file name, new content: the operator replaces the jar in place.
        Path v2 = TestBundles.greetingApi(dir.resolve("v2"), "1.0.1", "您好，第二版 v2");
        Path replaced = zibo.deploy(moveTo(v2, dir.resolve("v2").resolve(api.getFileName())));
        assertThat(replaced).isEqualTo(api);

        // Without a refresh the greeter would stay wired to the first revision and answer v1 until a restart.
        long millis = TongbanInstance.await(WITHIN, () -> "您好，第二版 v2".equals(greeting()));
        System.out.printf("hot update: new behaviour %d ms after the jar was replaced%n", millis);
        assertThat(bundle("org.tongban.test.greeting").getVersion()).hasToString("1.0.1");
        // The greeter registers its service inside its activator, so the new answer can come while it is STARTING.
        TongbanInstance.await(WITHIN, () -> bundle("org.tongban.test.greeter").getState() == Bundle.ACTIVE);
    }

    @Test
    @Order(7)
    void aViewBundleDeployedAndRemovedManyTimesLeavesNoClassLoaderBehind() throws Exception {
        Path service = zibo.deploy(TongbanInstance.distributionBundle("jinan", "org.tongban.notice"));
        Path uiJar = TongbanInstance.distributionBundle("jinan", "org.tongban.notice.ui");
        WeakReference<ClassLoader> first = null;
        for (int i = 0; i < 20; i++) {
            Path ui = zibo.deploy(uiJar);
            TongbanInstance.await(
                    WITHIN, () -> zibo.views().registeredRoute("notices").isPresent());
            assertThat(zibo.get("/notices").statusCode()).isEqualTo(200);
            if (first == null) {
                first = new WeakReference<>(bundle("org.tongban.notice.ui")
                        .adapt(BundleWiring.class)
                        .getClassLoader());
            }
            Files.delete(ui);
            TongbanInstance.await(
                    WITHIN,
                    () -> zibo.views().registeredRoute("notices").isEmpty() && bundle("org.tongban.notice.ui") == null);
        }
        WeakReference<ClassLoader> loader = first;
        long millis = TongbanInstance.await(Duration.ofSeconds(30), () -> {
            System.gc();
            return loader.get() == null;
        });
        System.out.printf("view bundle class loader collected %d ms after 20 deploy/remove cycles%n", millis);
        Files.delete(service);
        TongbanInstance.await(WITHIN, () -> bundle("org.tongban.notice") == null);
    }

    @Test
    @Order(8)
    void anUpdatedBundleWithAnUnchangedChangelogSkipsLiquibaseAndAChangedOneMigrates(@TempDir Path dir)
            throws Exception {
        Path first = zibo.deploy(TestBundles.schema(dir.resolve("1"), "1.0.0", "digest_one"));
        TongbanInstance.await(MIGRATED, () -> health().contains("db/schema.xml applied"));

        // A new release of the bundle whose changelog's files are the same: the update starts it again.
        zibo.deploy(TestBundles.schema(dir.resolve("2"), "1.0.1", "digest_one"));
        TongbanInstance.await(MIGRATED, () -> health().contains("db/schema.xml unchanged since applied"));

        // A release that adds a change set: Liquibase runs again and applies it.
        zibo.deploy(TestBundles.schema(dir.resolve("3"), "1.1.0", "digest_one", "digest_two"));
        TongbanInstance.await(MIGRATED, () -> tableExists("digest_two"));
        Files.delete(first);
        TongbanInstance.await(MIGRATED, () -> bundle("org.tongban.test.schema") == null);
    }

    private static boolean tableExists(String table) {
        try (var connection = zibo.service(Database.class).dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rows.next();
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private static String greeting() {
        try {
            var references = zibo.bundleContext().getServiceReferences(Supplier.class, "(tongban.test=greeter)");
            if (references.isEmpty()) {
                return null;
            }
            var reference = references.iterator().next();
            Object text = zibo.bundleContext().getService(reference).get();
            zibo.bundleContext().ungetService(reference);
            return (String) text;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path moveTo(Path jar, Path target) throws IOException {
        return Files.move(jar, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle bundle : zibo.bundleContext().getBundles()) {
            if (bundle.getSymbolicName().equals(symbolicName)) {
                return bundle;
            }
        }
        return null;
    }

    private static String health() {
        try {
            return zibo.get("/health").body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
