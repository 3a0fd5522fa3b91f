package org.tongban.catalogue.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.util.tracker.ServiceTracker;
import org.tongban.catalogue.CatalogueCodec;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.testing.BuiltBundle;

/**
 * Runs the bundle as bnd built it in a real framework with Declarative Services ({@link BuiltBundle}), and uses the codec it registers. POI and XMLBeans then load classes and schema resources
 * through the bundle's class loader, with a caller whose context class loader sees none of them, as in production.
 */
class BundleClassLoaderTest {
    @TempDir
    Path temp;

    @Test
    void registeredCodecReadsAndWritesBehindTheBundleClassLoader() throws Exception {
        try (BuiltBundle built = BuiltBundle.start(temp, "org.tongban.catalogue.xlsx", CatalogueCodec.class)) {
            Bundle xlsx = built.bundle();
            assertThat(xlsx.getState()).isEqualTo(Bundle.ACTIVE);

            ServiceTracker<CatalogueCodec, CatalogueCodec> tracker =
                    new ServiceTracker<>(built.context(), CatalogueCodec.class, null);
            tracker.open();
            CatalogueCodec codec = tracker.waitForService(10_000);
            assertThat(codec)
                    .as("the bundle registers its codec through Declarative Services")
                    .isNotNull();
            assertThat(codec.fileExtension()).isEqualTo("xlsx");
            ClassLoader bundleLoader = codec.getClass().getClassLoader();
            assertThat(bundleLoader).isNotSameAs(getClass().getClassLoader());
            assertThat(xlsx.loadClass("org.apache.xmlbeans.XmlObject").getClassLoader())
                    .isSameAs(bundleLoader);

            CatalogueDocument demo = DemoCatalogue.document();
            CatalogueDocument back = BuiltBundle.withBlindContextLoader(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                codec.write(demo, out);
                return codec.read(new ByteArrayInputStream(out.toByteArray()));
            });

            assertThat(back.matters()).isEqualTo(demo.matters());
            assertThat(DemoCatalogue.json(back)).isEqualTo(DemoCatalogue.json(demo));
            tracker.close();
        }
    }
}
