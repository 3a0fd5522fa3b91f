package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

class DeclaredViewTest {

    public static final class NoticeView extends Div {}

    @TongbanView(
            route = "notices",
            view = NoticeView.class,
            audience = Audience.CONSOLE,
            titleKey = "notice.console.menu",
            permission = "notice:edit",
            icon = "vaadin:megaphone")
    static final class NoticeViews implements ViewFactory {
        @Override
        public Component createView() {
            return new NoticeView();
        }
    }

    @Test
    void theAnnotationBecomesAContribution() {
        ViewContribution contribution = DeclaredView.of(NoticeViews.class).contribution(new NoticeViews());

        assertThat(contribution.route()).isEqualTo("notices");
        assertThat(contribution.audience()).isEqualTo(Audience.CONSOLE);
        assertThat(contribution.titleKey()).isEqualTo("notice.console.menu");
        assertThat(contribution.requiredPermission()).isEqualTo("notice:edit");
        assertThat(contribution.icon()).isEqualTo("vaadin:megaphone");
        assertThat(contribution.menuGroup()).isEmpty();
        assertThat(contribution.order()).isEqualTo(100);
        assertThat(contribution.inMenu()).isTrue();
        assertThat(contribution.viewClass()).isEqualTo(NoticeView.class);
        assertThat(contribution.createView()).isInstanceOf(NoticeView.class);
    }

    @Test
    void servicePropertiesAsDsWritesThemAreReadBack() {
        // What DS puts on the service for a component property type: class and enum as their names, int as Integer.
        Map<String, Object> properties = new HashMap<>();
        properties.put("tongban.view.route", "worktime/report");
        properties.put("tongban.view.view", NoticeView.class.getName());
        properties.put("tongban.view.audience", "CONSOLE");
        properties.put("tongban.view.titleKey", "worktime.report.menu");
        properties.put("tongban.view.permission", "worktime:report");
        properties.put("tongban.view.menuGroup", "worktime");
        properties.put("tongban.view.order", 30);
        properties.put("tongban.view.inMenu", Boolean.FALSE);

        DeclaredView view = DeclaredView.fromProperties(properties, Class::forName);

        assertThat(DeclaredView.isDeclared(properties)).isTrue();
        assertThat(view.route()).isEqualTo("worktime/report");
        assertThat(view.view()).isEqualTo(NoticeView.class);
        assertThat(view.menuGroup()).isEqualTo("worktime");
        assertThat(view.order()).isEqualTo(30);
        assertThat(view.inMenu()).isFalse();
        assertThat(view.icon()).isEqualTo("vaadin:file-text-o");
    }

    @Test
    void badDeclarationsAreRefusedWithAReason() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("tongban.view.route", "x");
        properties.put("tongban.view.view", String.class.getName());
        properties.put("tongban.view.audience", "CONSOLE");
        properties.put("tongban.view.titleKey", "x");
        assertThatThrownBy(() -> DeclaredView.fromProperties(properties, Class::forName))
                .hasMessageContaining("not a Vaadin component");

        properties.put("tongban.view.view", NoticeView.class.getName());
        properties.put("tongban.view.audience", "KIOSK");
        assertThatThrownBy(() -> DeclaredView.fromProperties(properties, Class::forName))
                .isInstanceOf(IllegalArgumentException.class);

        properties.remove("tongban.view.titleKey");
        properties.put("tongban.view.audience", "PORTAL");
        assertThatThrownBy(() -> DeclaredView.fromProperties(properties, Class::forName))
                .hasMessageContaining("titleKey is missing");

        assertThatThrownBy(() -> DeclaredView.of(String.class)).hasMessageContaining("no @TongbanView");
    }

    @Test
    void aFactoryThatMakesTheWrongViewIsCaught() {
        ViewContribution contribution = DeclaredView.of(NoticeViews.class).contribution(() -> new Span("wrong"));

        assertThatThrownBy(contribution::createView).hasMessageContaining("not " + NoticeView.class.getName());
    }
}
