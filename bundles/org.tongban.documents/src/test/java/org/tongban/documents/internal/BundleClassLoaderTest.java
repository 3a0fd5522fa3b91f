package org.tongban.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.tongban.documents.DocumentKind;

/**
 * Runs the bundle as bnd built it (target/classes, with its manifest and embedded jars) in a real framework, and
 * renders, seals and verifies a document with classes loaded by the bundle's class loader, with a caller whose
 * context class loader sees none of the libraries, as in production: the font and PDFBox's resources, ZXing, and
 * BouncyCastle's CMS must all be found inside the bundle.
 */
class BundleClassLoaderTest {
    private static final String INTERNAL = "org.tongban.documents.internal.";

    @TempDir
    Path temp;

    @Test
    void aDocumentIsRenderedSealedAndVerifiedBehindTheBundleClassLoader() throws Exception {
        Framework framework = new FrameworkFactory()
                .newFramework(Map.of(
                        Constants.FRAMEWORK_STORAGE,
                        temp.resolve("framework").toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN,
                        Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                        // What the host's class path offers every bundle: the platform API as it exports itself, and
                        // SLF4J.
                        Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                        platformApiExports() + ",org.slf4j;version=2.0.17,org.slf4j.spi;version=2.0.17,"
                                + "org.slf4j.event;version=2.0.17,org.slf4j.helpers;version=2.0.17"));
        framework.start();
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader blind = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            for (String name : List.of(
                    "org.osgi.util.function",
                    "org.osgi.util.promise",
                    "org.osgi.service.component-",
                    "org.apache.felix.scr")) {
                framework
                        .getBundleContext()
                        .installBundle(classPathJar(name).toUri().toString())
                        .start();
            }
            Bundle documents = framework
                    .getBundleContext()
                    .installBundle(bundleJar().toUri().toString());
            documents.start();
            assertThat(documents.getState()).isEqualTo(Bundle.ACTIVE);
            assertThat(documents.loadClass("org.apache.pdfbox.Loader").getClassLoader())
                    .isNotSameAs(getClass().getClassLoader());

            Thread.currentThread().setContextClassLoader(blind);
            byte[] signed = renderAndSeal(documents);
            Object result = call(documents, "SignatureCheck", "check", signed, List.of(cityCertificate(documents)));
            Thread.currentThread().setContextClassLoader(caller);

            assertThat(accessible(result.getClass().getDeclaredMethod("outcome"))
                            .invoke(result))
                    .hasToString("VALID");
            assertThat(Pdfs.text(signed)).contains("受理通知书", Requests.APPLICANT);
            assertThat(Pdfs.qrCode(signed)).isEqualTo("https://zwfw.jinan.gov.cn/track?case=" + Requests.CASE);
        } finally {
            Thread.currentThread().setContextClassLoader(caller);
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    private Object key;

    private Object cityCertificate(Bundle bundle) throws Exception {
        return accessible(bundle.loadClass(INTERNAL + "SealKey").getDeclaredMethod("certificate"))
                .invoke(key);
    }

    private byte[] renderAndSeal(Bundle bundle) throws Exception {
        Class<?> kind = bundle.loadClass(DocumentKind.class.getName());
        Object templates = constructor(bundle.loadClass(INTERNAL + "Templates"), Path.class)
                .newInstance((Object) null);
        Method of = accessible(templates.getClass().getDeclaredMethod("of", kind));
        Object template = of.invoke(templates, kind.getField("ACCEPTANCE").get(null));
        Class<?> templateClass = bundle.loadClass(INTERNAL + "DocumentTemplate");
        Object values = accessible(bundle.loadClass(INTERNAL + "FieldValues")
                        .getDeclaredMethod("check", templateClass, Map.class, Map.class))
                .invoke(
                        null,
                        template,
                        Requests.of(DocumentKind.ACCEPTANCE).fields(),
                        Map.of("caseNumber", Requests.CASE, "issuedOn", "2026年12月7日"));
        Class<?> page = bundle.loadClass(INTERNAL + "NoticeRenderer$Page");
        Object about = constructor(page, String.class, String.class, String.class, String.class)
                .newInstance(
                        Requests.CASE,
                        "https://zwfw.jinan.gov.cn/track?case=" + Requests.CASE,
                        "https://zwfw.jinan.gov.cn/verify-document",
                        "济南市 电子印章");
        Class<?> renderer = bundle.loadClass(INTERNAL + "NoticeRenderer");
        byte[] pdf = (byte[])
                accessible(renderer.getDeclaredMethod("render", templateClass, values.getClass(), List.class, page))
                        .invoke(constructor(renderer).newInstance(), template, values, List.of(), about);
        key = call(bundle, "SealKeys", "selfSigned", "济南市 电子印章", "济南市");
        return (byte[]) call(bundle, "PdfSealer", "seal", pdf, key, Instant.now(), "受理通知书");
    }

    private static Object call(Bundle bundle, String type, String name, Object... arguments) throws Exception {
        for (Method method : bundle.loadClass(INTERNAL + type).getDeclaredMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                return accessible(method).invoke(null, arguments);
            }
        }
        throw new NoSuchMethodException(type + "." + name);
    }

    private static Constructor<?> constructor(Class<?> type, Class<?>... parameters) throws Exception {
        Constructor<?> constructor = type.getDeclaredConstructor(parameters);
        constructor.setAccessible(true);
        return constructor;
    }

    private static Method accessible(Method method) {
        method.setAccessible(true);
        return method;
    }

    /** The bundle's content as the build left it in target/classes, packed as a jar with its manifest first. */
    private Path bundleJar() throws IOException {
        Path classes = Path.of("target", "classes");
        Manifest manifest;
        try (var in = Files.newInputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        Path jar = temp.resolve("org.tongban.documents.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(p).toString().replace('\\', '/');
                if (!name.equals("META-INF/MANIFEST.MF")) {
                    out.putNextEntry(new ZipEntry(name));
                    Files.copy(p, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static Path classPathJar(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.getFileName().toString().startsWith(prefix) && entry.endsWith(".jar")) {
                return p;
            }
        }
        throw new IllegalStateException(prefix + " is not on the test class path");
    }

    /** The platform API's Export-Package, read from its manifest, so new packages and versions need no edit here. */
    private static String platformApiExports() throws Exception {
        Path source = Path.of(org.tongban.platform.api.PlatformProperties.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        if (java.nio.file.Files.isDirectory(source)) {
            try (var in = java.nio.file.Files.newInputStream(source.resolve("META-INF/MANIFEST.MF"))) {
                return new java.util.jar.Manifest(in).getMainAttributes().getValue("Export-Package");
            }
        }
        try (var jar = new java.util.jar.JarFile(source.toFile())) {
            return jar.getManifest().getMainAttributes().getValue("Export-Package");
        }
    }
}
