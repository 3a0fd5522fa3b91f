package org.tongban.evaluation.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.EvaluationService;
import org.tongban.evaluation.Rating;
import org.tongban.evaluation.Reviewer;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;

/**
 * 评价记录: the ratings of the user's jurisdiction, newest first, with their comments shown as text. Who rated is not in
 * the list; the 评价人 button asks the service, which allows it with the permission or the reviewer's consent and audits
 * every read.
 */
public final class RatingsView extends VerticalLayout {
    static final int LIMIT = 200;

    final Select<Channel> channel = new Select<>();
    final Checkbox badOnly = new Checkbox();
    final Div list = new Div();
    HtmlTable table;
    private final EvaluationService service;
    private final String home;

    public RatingsView(EvaluationService service, AccessControl access) {
        this.service = service;
        this.home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        channel.setLabel(getTranslation("evaluation.ui.ratings.channel"));
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("evaluation.ui.ratings.allChannels"));
        channel.setItemLabelGenerator(
                c -> c == null ? getTranslation("evaluation.ui.ratings.allChannels") : Labels.of(this, c));
        channel.addValueChangeListener(e -> refresh());
        badOnly.setLabel(getTranslation("evaluation.ui.ratings.badOnly"));
        badOnly.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(channel, badOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        list.setWidthFull();
        add(new H2(getTranslation("evaluation.ui.ratings.menu")), filters, list);
        setMaxWidth("90rem");
        refresh();
    }

    void refresh() {
        list.removeAll();
        if (home == null) {
            return;
        }
        List<Rating> ratings;
        try {
            ratings = service.ratings(home, channel.getValue(), badOnly.getValue(), LIMIT);
        } catch (RuntimeException e) {
            EvaluationFeedback.FEEDBACK.failure(this, e);
            return;
        }
        table = new HtmlTable(getTranslation("evaluation.ui.ratings.menu"));
        table.setId("evaluation-ratings");
        table.head(
                List.of("subject", "channel", "level", "comment", "unit", "window", "clerk", "time", "reviewer")
                        .stream()
                        .map(k -> getTranslation("evaluation.ui.ratings." + k))
                        .toList());
        for (Rating r : ratings) {
            com.vaadin.flow.dom.Element row = table.row(
                    r.subject(),
                    List.of(
                            Labels.of(this, r.channel()),
                            Labels.level(this, r),
                            r.comment() == null ? "" : r.comment(),
                            nz(r.unit()),
                            nz(r.window()),
                            nz(r.clerk()),
                            Labels.time(r.ratedAt() == null ? r.invitedAt() : r.ratedAt())));
            com.vaadin.flow.dom.Element cell = new com.vaadin.flow.dom.Element("td");
            if (r.realName()) {
                Button who = new Button(getTranslation("evaluation.ui.ratings.show"), click -> showReviewer(r));
                who.setId("evaluation-reviewer-" + r.id());
                who.getElement()
                        .setAttribute("aria-label", getTranslation("evaluation.ui.ratings.showFor", r.subject()));
                cell.appendChild(who.getElement());
            } else {
                cell.setText(getTranslation("evaluation.ui.ratings.anonymous"));
            }
            row.appendChild(cell);
        }
        list.add(table);
    }

    /** Asks the service (permission checked and the read audited there) and shows the answer in a dialog. */
    Dialog showReviewer(Rating r) {
        Reviewer who;
        try {
            who = service.reviewer(r.id());
        } catch (RuntimeException e) {
            EvaluationFeedback.FEEDBACK.failure(this, e);
            return null;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("evaluation.ui.ratings.reviewer"));
        dialog.add(new Paragraph(getTranslation(
                "evaluation.ui.ratings.reviewerText",
                who.accountId() == null ? "—" : who.accountId(),
                nz(who.name()),
                nz(who.phone()))));
        dialog.getFooter().add(new Button(getTranslation("evaluation.ui.close"), click -> dialog.close()));
        dialog.open();
        return dialog;
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
