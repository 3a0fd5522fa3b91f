package org.tongban.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.tongban.documents.DocumentKind;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.testing.BuiltBundle;

/**
 * Runs the bundle as bnd built it in a real framework ({@link BuiltBundle}), and renders, seals and verifies a document with classes loaded by the bundle's class loader, with a caller whose
 * context class loader sees none of the libraries, as in production: the font and PDFBox's resources, ZXing, and
 * BouncyCastle's CMS must all be found inside the bundle.
 */
class BundleClassLoaderTest {
    private static final String INTERNAL = "org.tongban.documents.internal.";

    @TempDir
    Path temp;

    @Test
    void aDocumentIsRenderedSealedAndVerifiedBehindTheBundleClassLoader() throws Exception {
        try (BuiltBundle built = BuiltBundle.start(temp, "org.tongban.documents", PlatformProperties.class)) {
            Bundle documents = built.bundle();
            assertThat(documents.getState()).isEqualTo(Bundle.ACTIVE);
            assertThat(documents.loadClass("org.apache.pdfbox.Loader").getClassLoader())
                    .isNotSameAs(getClass().getClassLoader());

            byte[] signed = BuiltBundle.withBlindContextLoader(() -> renderAndSeal(documents));
            Object result = BuiltBundle.withBlindContextLoader(
                    () -> call(documents, "SignatureCheck", "check", signed, List.of(cityCertificate(documents))));

            assertThat(accessible(result.getClass().getDeclaredMethod("outcome"))
                            .invoke(result))
                    .hasToString("VALID");
            assertThat(Pdfs.text(signed)).contains("受理通知书", Requests.APPLICANT);
            assertThat(Pdfs.qrCode(signed)).isEqualTo("https://zwfw.jinan.gov.cn/track?case=" + Requests.CASE);
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
}
