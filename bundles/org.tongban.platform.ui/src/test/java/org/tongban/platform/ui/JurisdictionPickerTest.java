package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.testing.TestJurisdictions.JINAN;
import static org.tongban.testing.TestJurisdictions.LIXIA;
import static org.tongban.testing.TestJurisdictions.ZHANGDIAN;
import static org.tongban.testing.TestJurisdictions.ZIBO;

import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.UiTestSupport;

class JurisdictionPickerTest extends UiTestSupport {
    private final TestJurisdictions tree = new TestJurisdictions().withZibo();

    @Test
    void aCityPortalOffersItsCityAndItsDistricts() {
        JurisdictionPicker picker = new JurisdictionPicker(tree, "370100");
        List<Select<?>> selects = selects(picker);

        assertThat(picker.value()).isEqualTo(JINAN);
        assertThat(selects.get(0).getLabel()).isEqualTo("所在城市");
        assertThat(selects.get(0).isEnabled()).isFalse();
        assertThat(selects.get(1).getLabel()).isEqualTo("所在区县");
        assertThat(selects.get(1).getEmptySelectionCaption()).isEqualTo("全市（市级事项）");
    }

    @Test
    void aProvincePortalOffersItsCitiesAndFollowsTheChoice() {
        JurisdictionPicker picker = new JurisdictionPicker(tree, "370000");
        List<Jurisdiction> seen = new ArrayList<>();
        picker.onChange(seen::add);

        picker.select("370303");

        assertThat(picker.value()).isEqualTo(ZHANGDIAN);
        assertThat(seen).containsExactly(ZIBO, ZHANGDIAN);
        assertThat(selects(picker).get(0).isEnabled()).isTrue();
    }

    @Test
    void choosesADistrictOfTheChosenCityAndIgnoresStrangers() {
        JurisdictionPicker picker = new JurisdictionPicker(tree, "370100");
        picker.setDistrictHelperText("选择区县后，同时显示市级和该区县的事项");

        picker.select("370102");
        assertThat(picker.value()).isEqualTo(LIXIA);
        picker.select("370303");
        picker.select("nonsense");
        picker.select(null);
        assertThat(picker.value()).isEqualTo(LIXIA);
        assertThat(selects(picker).get(1).getHelperText()).startsWith("选择区县后");
    }

    @Test
    void withoutARootThereIsNothingToChoose() {
        assertThat(new JurisdictionPicker(tree, null).value()).isNull();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<Select<?>> selects(JurisdictionPicker picker) {
        return (List) all(picker, Select.class);
    }
}
