package org.tongban.host.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.ComponentHealth.Status;

/** The deploy watcher on a real Felix framework: every jar of deploy/ that does not run is in health, with why. */
class DeployWatcherTest {

    @TempDir
    Path home;

    private Framework framework;
    private Path deploy;
    private DeployWatcher watcher;

    @BeforeEach
    void startFramework() throws Exception {
        framework = new FrameworkFactory()
                .newFramework(Map.of(
                        Constants.FRAMEWORK_STORAGE, home.resolve("cache").toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                        Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(OsgiRuntime.DEPLOY_START_LEVEL)));
        framework.start();
        deploy = Files.createDirectories(home.resolve("deploy"));
        watcher = new DeployWatcher(
                deploy,
                framework.getBundleContext(),
                new BundleProblems(framework.getBundleContext()),
                OsgiRuntime.DEPLOY_START_LEVEL);
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void aCorruptJarIsReportedUntilItIsReplacedByAWorkingBundle() throws Exception {
        Path jar = deploy.resolve("notice.jar");
        Files.writeString(jar, "this is not a zip file");
        watcher.poll();

        assertThat(deployHealth()).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("deploy:notice.jar");
            assertThat(h.status()).isEqualTo(Status.DEGRADED);
            assertThat(h.detail()).startsWith("notice.jar：文件无法读取");
        });
        watcher.poll();
        assertThat(deployHealth()).as("reported once, still there").hasSize(1);

        bundle(jar, "org.tongban.test.notice", Map.of());
        watcher.poll();
        assertThat(deployHealth()).isEmpty();
        assertThat(state("org.tongban.test.notice")).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void aJarThatIsNotABundleIsReportedUntilItIsRemoved() throws Exception {
        Path jar = deploy.resolve("library.jar");
        jar(jar, Map.of("Implementation-Title", "a plain library"));
        watcher.poll();

        assertThat(deployHealth())
                .extracting(ComponentHealth::detail)
                .containsExactly("library.jar：不是 OSGi 插件包：清单中缺少 Bundle-SymbolicName");
        assertThat(framework.getBundleContext().getBundles())
                .as("nothing installed")
                .hasSize(1);

        Files.delete(jar);
        watcher.poll();
        assertThat(deployHealth()).isEmpty();
    }

    @Test
    void aBundleMissingADependencyIsReportedUntilTheDependencyArrives() throws Exception {
        bundle(
                deploy.resolve("consumer.jar"),
                "org.tongban.test.consumer",
                Map.of("Import-Package", "org.example.gone"));
        watcher.poll();

        assertThat(deployHealth()).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("deploy:consumer.jar");
            assertThat(h.status()).isEqualTo(Status.DEGRADED);
            assertThat(h.detail()).contains("依赖未满足").contains("org.example.gone");
        });

        bundle(
                deploy.resolve("provider.jar"),
                "org.tongban.test.provider",
                Map.of("Export-Package", "org.example.gone"));
        watcher.poll();
        assertThat(deployHealth()).isEmpty();
        assertThat(state("org.tongban.test.consumer")).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void aBundleUninstalledByHandLeavesTheReport() throws Exception {
        bundle(
                deploy.resolve("consumer.jar"),
                "org.tongban.test.consumer",
                Map.of("Import-Package", "org.example.gone"));
        watcher.poll();
        assertThat(deployHealth()).hasSize(1);

        Bundle consumer = find("org.tongban.test.consumer");
        consumer.uninstall();
        assertThat(deployHealth()).as("its bundle is gone").isEmpty();
    }

    @Test
    void aCorruptReplacementKeepsTheOldBundleRunningAndSaysSo() throws Exception {
        Path jar = deploy.resolve("notice.jar");
        bundle(jar, "org.tongban.test.notice", Map.of());
        watcher.poll();
        byte[] valid = Files.readAllBytes(jar);

        Files.write(jar, Arrays.copyOf(valid, valid.length / 2)); // a copy cut short
        watcher.poll();

        assertThat(deployHealth())
                .extracting(ComponentHealth::detail)
                .singleElement()
                .asString()
                .contains("仍运行旧版本")
                .contains("文件无法读取");
        assertThat(state("org.tongban.test.notice")).isEqualTo(Bundle.ACTIVE);

        Files.write(jar, valid);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        watcher.poll();
        assertThat(deployHealth()).isEmpty();
    }

    private List<ComponentHealth> deployHealth() {
        return watcher.problems().health();
    }

    private int state(String symbolicName) throws BundleException {
        return find(symbolicName).getState();
    }

    private Bundle find(String symbolicName) {
        return Arrays.stream(framework.getBundleContext().getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst()
                .orElseThrow();
    }

    private static void bundle(Path jar, String symbolicName, Map<String, String> headers) throws IOException {
        Map<String, String> all = new HashMap<>(headers);
        all.put(Constants.BUNDLE_MANIFESTVERSION, "2");
        all.put(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        all.put(Constants.BUNDLE_VERSION, "1.0.0");
        jar(jar, all);
    }

    private static void jar(Path jar, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole bundle
        }
    }
}
