package org.tongban.notice.ui.internal;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.tongban.notice.Notice;
import org.tongban.notice.NoticeService;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/** The citizens' list of notices for one jurisdiction, including those of the city above it, newest first. */
public final class NoticeListView extends VerticalLayout {

    private final NoticeService notices;
    private final Div list = new Div();

    public NoticeListView(NoticeService notices, Jurisdictions jurisdictions, String rootJurisdiction) {
        this.notices = notices;
        JurisdictionField jurisdiction = new JurisdictionField(
                getTranslation("notice.jurisdiction"), JurisdictionChoices.below(jurisdictions, rootJurisdiction));
        jurisdiction.setHelperText(getTranslation("notice.jurisdiction.helper"));
        jurisdiction.setWidth("min(100%, 24rem)");
        jurisdiction.addValueChangeListener(event -> show(event.getValue()));

        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "1rem");

        add(new H1(getTranslation("notice.menu")), jurisdiction, list);
        setMaxWidth("60rem");
        if (!jurisdiction.select(rootJurisdiction)) {
            show(null);
        }
    }

    private void show(Jurisdiction jurisdiction) {
        list.removeAll();
        if (jurisdiction == null) {
            list.add(new Paragraph(getTranslation("notice.choose")));
            return;
        }
        List<Notice> published;
        try {
            published = notices.published(jurisdiction.code());
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        if (published.isEmpty()) {
            list.add(new Paragraph(getTranslation("notice.empty")));
        }
        published.forEach(notice -> list.add(card(notice)));
    }

    // Title and body go in as text, never as HTML: a notice may contain anything a clerk typed.
    private Card card(Notice notice) {
        Card card = new Card();
        card.setAriaRole("article");
        card.setTitle(new H3(notice.title()));
        card.setSubtitle(
                new Span(getTranslation("notice.publishedOn", NoticeDates.date(notice.publishedAt(), getLocale()))));
        Paragraph body = new Paragraph(notice.body());
        body.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
        card.add(body);
        card.setWidthFull();
        return card;
    }
}
