package org.tongban.host.osgi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/** Why a jar of {@code deploy/} does not run, in the words an operator reads in {@code /health}. */
final class DeployReasons {

    private DeployReasons() {}

    /**
     * Why the jar cannot be installed before the framework sees it, or null when it is a readable bundle. Checked
     * here because the framework installs a jar without a symbolic name as a nameless legacy bundle.
     */
    static String unreadable(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return "不是 OSGi 插件包：缺少 META-INF/MANIFEST.MF";
            }
            if (manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                return "不是 OSGi 插件包：清单中缺少 Bundle-SymbolicName";
            }
            return null;
        } catch (IOException | SecurityException e) {
            return "文件无法读取，不是完整的 jar（zip）文件（" + BundleProblems.describe(e) + "）";
        }
    }

    static String notInstalled(Throwable failure) {
        return "插件包无法安装：" + BundleProblems.describe(failure);
    }

    static String notUpdated(String reason) {
        return "新文件无法使用，仍运行旧版本。" + reason;
    }

    static String notStarted(Throwable failure) {
        if (failure instanceof BundleException e && e.getType() == BundleException.RESOLVE_ERROR) {
            return "依赖未满足，插件包无法解析（等待所需的插件包）：" + BundleProblems.describe(failure);
        }
        return "插件包启动失败：" + BundleProblems.describe(failure);
    }
}
