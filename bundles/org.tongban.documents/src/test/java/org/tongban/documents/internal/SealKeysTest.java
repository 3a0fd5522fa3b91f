package org.tongban.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo key generated once and kept private, and a city's PKCS#12 read as production uses it. */
class SealKeysTest {
    @TempDir
    Path data;

    @Test
    void theDemoKeyIsGeneratedOnceReadableByItsOwnerOnlyAndReusedAfterARestart() throws Exception {
        Path file = data.resolve("document-seal.p12");

        SealKey first = SealKeys.demo(file, "济南市");
        SealKey again = SealKeys.demo(file, "济南市");

        assertThat(first.name()).isEqualTo("济南市 电子印章（演示）");
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(data.resolve("document-seal.p12.password")))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void aCitysPkcs12IsReadWithItsPasswordAndAWrongOneIsAClearError() throws Exception {
        Path file = data.resolve("city-seal.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                "济南市行政审批服务局",
                Keys.NEXT_CITY.privateKey(),
                "城市口令".toCharArray(),
                Keys.NEXT_CITY.chain().toArray(new Certificate[0]));
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "城市口令".toCharArray());
        }

        assertThat(SealKeys.fromPkcs12(file, "城市口令".toCharArray()).certificate())
                .isEqualTo(Keys.NEXT_CITY.certificate());
        assertThatThrownBy(() -> SealKeys.fromPkcs12(file, "错误口令".toCharArray()))
                .hasMessageContaining("wrong password");
    }
}
