package org.tongban.evaluation.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.evaluation.EvaluationService;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;

/**
 * 评价器授权: issues the token that binds a window's tablet. The address with the token is shown once, to open on the
 * tablet; only its hash is kept, and a new token for the window replaces the old one.
 */
public final class TabletsView extends VerticalLayout {
    final TextField hall = new TextField();
    final TextField window = new TextField();
    final Div issued = new Div();
    private final EvaluationService service;
    private final String home;

    public TabletsView(EvaluationService service, AccessControl access) {
        this.service = service;
        this.home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        hall.setLabel(getTranslation("evaluation.ui.tablets.hall"));
        hall.setMaxLength(60);
        hall.setRequiredIndicatorVisible(true);
        window.setLabel(getTranslation("evaluation.ui.tablets.window"));
        window.setMaxLength(60);
        window.setRequiredIndicatorVisible(true);
        Button issue = new Button(getTranslation("evaluation.ui.tablets.issue"), click -> issue());
        issue.setId("evaluation-tablet-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(hall, window, issue);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        issued.setId("evaluation-tablet-issued");
        issued.getElement().setAttribute("aria-live", "polite");
        add(
                new H2(getTranslation("evaluation.ui.tablets.menu")),
                new Paragraph(getTranslation("evaluation.ui.tablets.explain")),
                form,
                issued);
        setMaxWidth("60rem");
    }

    /** Issues the token and shows the tablet's address once. */
    String issue() {
        issued.removeAll();
        try {
            String token = service.issueTabletToken(home, hall.getValue(), window.getValue());
            String address = "/" + RateView.PATH + "/" + token;
            Paragraph link = new Paragraph(address);
            link.getStyle().set("font-family", "monospace").set("word-break", "break-all");
            issued.add(
                    new Paragraph(getTranslation(
                            "evaluation.ui.tablets.issued", window.getValue().strip())),
                    link);
            return token;
        } catch (RuntimeException e) {
            EvaluationFeedback.FEEDBACK.failure(this, e);
            return null;
        }
    }
}
