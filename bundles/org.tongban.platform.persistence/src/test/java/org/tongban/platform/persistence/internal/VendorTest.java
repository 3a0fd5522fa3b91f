package org.tongban.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class VendorTest {

    @Test
    void recognisesH2AndPostgresqlByUrl() {
        assertThat(Vendor.fromUrl("jdbc:h2:mem:test").id()).isEqualTo("h2");
        assertThat(Vendor.fromUrl(" JDBC:H2:file:/srv/tongban/data/db/tongban").id())
                .isEqualTo("h2");
        assertThat(Vendor.fromUrl("jdbc:postgresql://db.example:5432/tongban").id())
                .isEqualTo("postgresql");
    }

    @Test
    void rejectsOtherProductsWithAMessageNamingTheSupportedOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Vendor.fromUrl("jdbc:mysql://db/tongban?user=a&password=s3cret"))
                .withMessageContaining("jdbc:mysql://db/tongban")
                .withMessageContaining("only H2")
                .withMessageContaining("PostgreSQL")
                .withMessageContaining(PersistenceComponent.PID)
                .withMessageNotContaining("s3cret");
    }

    @Test
    void rejectsAnUnsetUrl() {
        assertThatIllegalArgumentException().isThrownBy(() -> Vendor.fromUrl(null));
        assertThatIllegalArgumentException().isThrownBy(() -> Vendor.fromUrl("postgresql://db/tongban"));
    }
}
