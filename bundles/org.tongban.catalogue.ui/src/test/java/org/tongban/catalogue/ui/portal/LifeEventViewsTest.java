package org.tongban.catalogue.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalogue.ui.fixtures.Views.find;
import static org.tongban.catalogue.ui.fixtures.Views.text;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.SituationOption;

class LifeEventViewsTest extends ViewTestSupport {

    @Test
    void theListLinksEachLifeEventOfferedHere() {
        LifeEventsView view = new LifeEventsView(catalogue, jurisdictions, "370100");

        assertThat(find(view, Anchor.class))
                .extracting(Anchor::getHref, Anchor::getText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("life-events/LE-CANYIN", "我要开餐馆"));
    }

    @Test
    void answersTailorTheMattersAndMaterials() {
        LifeEventView view = new LifeEventView(catalogue);
        assertThat(view.show("LE-CANYIN")).isTrue();
        assertThat(view.getPageTitle()).isEqualTo("我要开餐馆");
        assertThat(find(view, H4.class)).extracting(h -> text(h)).containsExactly("食品经营许可（新办）");
        assertThat(text(view)).contains("营业执照").doesNotContain("房屋租赁合同");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<SituationOption> rented =
                find(view, RadioButtonGroup.class).getFirst();
        assertThat(rented.getLabel()).isEqualTo("经营场所是否为租赁？");
        rented.setValue(rented.getListDataView().getItem(0));
        assertThat(text(view)).contains("房屋租赁合同", "营业执照");

        rented.setValue(rented.getListDataView().getItem(1));
        assertThat(find(view, H4.class)).extracting(h -> text(h)).containsExactly("食品经营许可（新办）", "特种设备使用登记");
        assertThat(text(find(view, H4.class).getFirst().getParent().orElseThrow()))
                .doesNotContain("营业执照", "房屋租赁合同");
        Span status = find(view, Span.class).stream()
                .filter(s -> "status".equals(s.getElement().getAttribute("role")))
                .findFirst()
                .orElseThrow();
        assertThat(status.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(status.getText()).contains("catalogue.portal.lifeEvent.summary");
    }

    @Test
    void anUnknownLifeEventShowsNothing() {
        LifeEventView view = new LifeEventView(catalogue);

        assertThat(view.show("LE-NONE")).isFalse();
        assertThat(view.getChildren()).isEmpty();
    }
}
