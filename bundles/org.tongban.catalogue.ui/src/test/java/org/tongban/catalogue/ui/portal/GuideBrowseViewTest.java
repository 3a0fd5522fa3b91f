package org.tongban.catalogue.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalogue.ui.fixtures.Views.find;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.ui.fixtures.Samples;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.testing.TestJurisdictions;

class GuideBrowseViewTest extends ViewTestSupport {

    private GuideBrowseView open() {
        return new GuideBrowseView(catalogue, jurisdictions, "370100");
    }

    private static List<String> listed(GuideBrowseView view) {
        return find(view, Anchor.class).stream()
                .filter(a -> a.getHref().startsWith("guides/"))
                .map(Anchor::getHref)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(GuideBrowseView view, int index) {
        return find(view, Select.class).get(index);
    }

    @Test
    void theCityShowsItsOwnMattersAndADistrictAddsItsOwn() {
        GuideBrowseView view = open();
        assertThat(listed(view)).containsExactly("guides/370100-MZJ-QR-002", "guides/370100-SJJ-XK-009");

        Select<Jurisdiction> district = select(view, 1);
        district.setValue(TestJurisdictions.LIXIA);

        assertThat(listed(view))
                .containsExactly("guides/370100-MZJ-QR-002", "guides/370100-SJJ-XK-009", "guides/370102-SJJ-XK-001");
        assertThat(find(view, Anchor.class))
                .filteredOn(a -> a.getHref().startsWith("guides/"))
                .allMatch(a -> a.getElement().hasAttribute("router-link"));
    }

    @Test
    void filtersByAudienceDepartmentLifeEventAndName() {
        GuideBrowseView view = open();
        select(view, 1).setValue(TestJurisdictions.LIXIA);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ServedAudience> audience =
                find(view, RadioButtonGroup.class).getFirst();

        audience.setValue(ServedAudience.NATURAL_PERSON);
        assertThat(listed(view)).containsExactly("guides/370100-MZJ-QR-002");
        audience.clear();

        Select<Department> department = select(view, 2);
        assertThat(department.getListDataView().getItems()).contains(Samples.LIXIA_MARKET, Samples.CITY_MARKET);
        department.setValue(Samples.LIXIA_MARKET);
        assertThat(listed(view)).containsExactly("guides/370102-SJJ-XK-001");
        department.clear();

        Select<LifeEvent> lifeEvent = select(view, 3);
        lifeEvent.setValue(Samples.restaurant());
        assertThat(listed(view)).containsExactly("guides/370102-SJJ-XK-001");
        lifeEvent.clear();

        find(view, TextField.class).getFirst().setValue("婚姻");
        assertThat(listed(view)).containsExactly("guides/370100-MZJ-QR-002");
    }

    @Test
    void pagesThroughLongListsTwentyAtATime() {
        Matter template = Samples.cityPermit();
        for (int i = 0; i < 25; i++) {
            catalogue.publish(template.toBuilder()
                    .code(String.format("370100-SJJ-QT-%03d", i))
                    .name(String.format("其他事项%03d", i))
                    .jurisdictionCode("370100")
                    .limits(GuideLimits.workingDays(1, 1))
                    .instant(false)
                    .fees(List.of())
                    .resultType(null)
                    .resultCertificate(null)
                    .visits(0)
                    .visitReason(null)
                    .inPersonOnly(false)
                    .crossRegionModes(null)
                    .commitmentAllowed(false)
                    .specialSteps(List.of())
                    .build());
        }
        GuideBrowseView view = open();
        Button previous = button(view, "catalogue.portal.page.previous");
        Button next = button(view, "catalogue.portal.page.next");
        assertThat(listed(view)).hasSize(20);
        assertThat(previous.isEnabled()).isFalse();

        next.click();

        assertThat(listed(view)).hasSize(7);
        assertThat(next.isEnabled()).isFalse();
        assertThat(previous.isEnabled()).isTrue();
        previous.click();
        assertThat(listed(view)).hasSize(20).first().isEqualTo("guides/370100-SJJ-QT-000");
    }

    @Test
    void theFiltersLiveInTheAddressSoTheListCanBeReopened() {
        GuideBrowseView view = open();
        select(view, 1).setValue(TestJurisdictions.LIXIA);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ServedAudience> audience =
                find(view, RadioButtonGroup.class).getFirst();
        audience.setValue(ServedAudience.LEGAL_PERSON);
        select(view, 2).setValue(Samples.LIXIA_MARKET);
        assertThat(view.location().getPath()).isEqualTo("guides");
        assertThat(view.location().getQueryParameters().getParameters())
                .isEqualTo(java.util.Map.of(
                        "jurisdiction", List.of("370102"),
                        "department", List.of("370102-SJJ"),
                        "audience", List.of("LEGAL_PERSON")));

        GuideBrowseView reopened = open();
        reopened.restore(view.location().getQueryParameters().getParameters());

        assertThat(listed(reopened)).containsExactly("guides/370102-SJJ-XK-001");
        assertThat(reopened.location().getQueryParameters().getParameters())
                .isEqualTo(view.location().getQueryParameters().getParameters());
    }

    @Test
    void anAddressNamingWhatIsNotOfferedFallsBackToTheCity() {
        GuideBrowseView view = open();

        view.restore(java.util.Map.of(
                "jurisdiction", List.of("110101"), "department", List.of("<x>"), "page", List.of("-3")));

        assertThat(listed(view)).containsExactly("guides/370100-MZJ-QR-002", "guides/370100-SJJ-XK-009");
        assertThat(view.location().getPathWithQueryParameters()).isEqualTo("guides?jurisdiction=370100");
    }

    private static Button button(GuideBrowseView view, String key) {
        return find(view, Button.class).stream()
                .filter(b -> b.getText().contains(key))
                .findFirst()
                .orElseThrow();
    }
}
