package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;
import org.tongban.intake.ApplicantKind;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeService;

/**
 * The case's data as a definition list. The applicant and agent are masked; a clerk with {@code intake:pii} may reveal
 * them with 查看, one audited read each time.
 */
final class CaseFacts extends Composite<Div> {
    private final Span applicantName = new Span();
    private final Span applicantId = new Span();
    private final Span agent = new Span();

    CaseFacts(
            IntakeCase k,
            java.util.function.UnaryOperator<String> jurisdiction,
            Supplier<IntakeService.Revealed> reveal,
            boolean mayReveal) {
        Div list = getContent();
        list.getElement().setAttribute("role", "list");
        list.addClassName("tb-intake-facts");
        list.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(16rem, 1fr))")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-l)")
                .set("width", "100%");
        fact("intake.ui.column.matter", new Span(k.matterName() + " (" + k.matterCode() + ")"));
        fact("intake.ui.case.guideVersion", new Span(String.valueOf(k.guideVersion())));
        fact("intake.ui.case.channel", new Span(Labels.channel(this, k.channel())));
        fact("intake.ui.case.receiving", new Span(jurisdiction.apply(k.receivingJurisdiction())));
        fact("intake.ui.case.processing", new Span(jurisdiction.apply(k.processingJurisdiction())));
        fact("intake.ui.column.received", new Span(Labels.time(k.receivedAt())));
        String kind = getTranslation(
                k.applicant().kind() == ApplicantKind.NATURAL_PERSON
                        ? "intake.ui.applicant.person"
                        : "intake.ui.applicant.organisation");
        applicantName.setText(k.applicant().name() + " · " + kind);
        applicantId.setText(k.applicant().identifier());
        fact("intake.ui.column.applicant", applicantName);
        fact("intake.ui.case.identifier", applicantId);
        if (k.agent() != null) {
            agent.setText(agentText(k.agent()));
            fact("intake.ui.case.agent", agent);
        }
        if (k.assignee() != null) {
            fact("intake.ui.case.assignee", new Span(k.assignee()));
        }
        if (k.resultHeld()) {
            fact("intake.ui.case.held", new Span(getTranslation("intake.ui.case.heldText")));
        }
        if (mayReveal) {
            Button show = new Button(getTranslation("intake.ui.case.reveal"));
            show.setId("intake-reveal");
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            show.setAriaLabel(getTranslation("intake.ui.case.revealAria"));
            show.addClickListener(click -> {
                IntakeService.Revealed revealed = reveal.get();
                if (revealed != null) {
                    applicantName.setText(revealed.applicant().name() + " · " + kind);
                    applicantId.setText(revealed.applicant().identifier());
                    if (revealed.agent() != null) {
                        agent.setText(agentText(revealed.agent()));
                    }
                    show.setEnabled(false);
                }
            });
            // Every child of the list is an item, the button too (screen readers count the items).
            Div item = new Div(show);
            item.getElement().setAttribute("role", "listitem");
            list.add(item);
        }
    }

    private String agentText(org.tongban.intake.Agent a) {
        return a.name() + " · " + a.idNumber() + " · "
                + getTranslation("intake.ui.case.authorisation", a.authorisation());
    }

    private void fact(String labelKey, Span value) {
        Div row = new Div();
        row.getElement().setAttribute("role", "listitem");
        Span label = new Span(getTranslation(labelKey));
        label.getStyle()
                .set("display", "block")
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        row.add(label, value);
        getContent().add(row);
    }

    String applicantIdText() {
        return applicantId.getText();
    }
}
