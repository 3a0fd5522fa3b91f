package org.tongban.documents.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * Picks the seal key from the framework properties ({@code osgi.tongban.documents.seal.keystore} and
 * {@code osgi.tongban.documents.seal.password} in {@code conf/tongban.properties}): the city's PKCS#12 when set, the
 * demo key in {@code data/document-seal.p12} otherwise.
 */
final class SealKeySource {
    static final String KEYSTORE = "tongban.documents.seal.keystore";
    static final String PASSWORD = "tongban.documents.seal.password";
    static final String DEMO_FILE = "data/document-seal.p12";
    private static final Logger LOG = LoggerFactory.getLogger(SealKeySource.class);

    private SealKeySource() {}

    static SealKey from(BundleContext context, Jurisdictions jurisdictions) {
        String home = context.getProperty(PlatformProperties.HOME);
        Path base = home == null || home.isBlank() ? Path.of(".") : Path.of(home);
        String keystore = context.getProperty(KEYSTORE);
        if (keystore != null && !keystore.isBlank()) {
            String password = context.getProperty(PASSWORD);
            SealKey key = SealKeys.fromPkcs12(
                    base.resolve(keystore.strip()), password == null ? new char[0] : password.toCharArray());
            LOG.info("Documents are sealed with the city's key {}", key.name());
            return key;
        }
        String root = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
        String holder = root == null
                ? "Tongban"
                : jurisdictions.find(root.strip()).map(Jurisdiction::name).orElse(root.strip());
        Path demo = base.resolve(DEMO_FILE);
        LOG.warn(
                "Documents are sealed with a self-signed demo key ({}); set {} in conf/tongban.properties for production",
                demo,
                "osgi." + KEYSTORE);
        return SealKeys.demo(demo, holder);
    }
}
