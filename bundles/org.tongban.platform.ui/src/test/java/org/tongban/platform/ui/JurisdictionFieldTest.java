package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.testing.TestJurisdictions.JINAN;
import static org.tongban.testing.TestJurisdictions.LIXIA;

import org.junit.jupiter.api.Test;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.UiTestSupport;

class JurisdictionFieldTest extends UiTestSupport {
    private final TestJurisdictions tree = new TestJurisdictions();

    @Test
    void offersTheChoicesUnderItsLabel() {
        JurisdictionField field = new JurisdictionField("辖区", JurisdictionChoices.below(tree, "370100"));

        assertThat(field.getLabel()).isEqualTo("辖区");
        assertThat(field.getListDataView().getItems()).hasSize(4);
        assertThat(field.getItemLabelGenerator().apply(TestJurisdictions.JIEFANGLU))
                .isEqualTo("历下区 · 解放路街道");
    }

    @Test
    void selectsOfferedCodesOnly() {
        JurisdictionField field = new JurisdictionField("辖区", JurisdictionChoices.below(tree, "370102"));

        assertThat(field.select("370100")).isFalse();
        assertThat(field.getValue()).isNull();
        field.selectOrFirst("370100");
        assertThat(field.getValue()).isEqualTo(LIXIA);
        assertThat(field.selectedCode()).isEqualTo("370102");
    }

    @Test
    void keepsItsValueWhenTheChoicesStillOfferIt() {
        JurisdictionField field = new JurisdictionField("辖区", JurisdictionChoices.below(tree, "370100"));
        field.select("370102");

        field.setChoices(JurisdictionChoices.below(tree, "370102"));
        assertThat(field.getValue()).isEqualTo(LIXIA);

        field.setChoices(JurisdictionChoices.below(tree, "370103"));
        assertThat(field.getValue()).isNull();
        assertThat(field.choices().find(JINAN.code())).isEmpty();
    }
}
