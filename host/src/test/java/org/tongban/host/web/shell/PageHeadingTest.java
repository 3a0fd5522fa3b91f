package org.tongban.host.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

class PageHeadingTest {

    @Test
    void aViewOpeningWithAnH2IsAnnouncedWithALevelOneHeading() {
        H2 heading = new H2("审计日志");
        H2 section = new H2("筛选");
        Div view = new Div(new Span("说明"), new Div(heading), section);

        PageHeading.mark(view);

        assertThat(heading.getElement().getAttribute("role")).isEqualTo("heading");
        assertThat(heading.getElement().getAttribute("aria-level")).isEqualTo("1");
        assertThat(section.getElement().getAttribute("aria-level"))
                .as("only the first")
                .isNull();
    }

    @Test
    void aViewWithItsOwnH1IsLeftAlone() {
        H2 earlier = new H2("提示");
        Div view = new Div(earlier, new Div(new H1("工作台")));

        PageHeading.mark(view);

        assertThat(earlier.getElement().getAttribute("aria-level")).isNull();
        assertThat(PageHeading.first(view.getElement(), "h1").orElseThrow().getText())
                .isEqualTo("工作台");
    }

    @Test
    void hiddenHeadingsAndTextNodesAreSkipped() {
        H2 hidden = new H2("旧标题");
        hidden.setVisible(false);
        H2 shown = new H2("新标题");
        Div view = new Div();
        view.getElement().appendChild(com.vaadin.flow.dom.Element.createText("文字"));
        view.add(hidden, shown);

        PageHeading.mark(view);

        assertThat(shown.getElement().getAttribute("aria-level")).isEqualTo("1");
        assertThat(hidden.getElement().getAttribute("aria-level")).isNull();
    }
}
