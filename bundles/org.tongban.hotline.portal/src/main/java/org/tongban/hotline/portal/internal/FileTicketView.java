package org.tongban.hotline.portal.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.tongban.hotline.Channel;
import org.tongban.hotline.CitizenTicket;
import org.tongban.hotline.CitizenTickets;
import org.tongban.hotline.HotlineException;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * {@code /hotline} (我要留言): a signed-in citizen files a ticket as their account; anyone else gets the anonymous web
 * form with a phone to call back, which the service limits per client address. The number filed is announced.
 */
public final class FileTicketView extends VerticalLayout {
    static final String ROUTE = "hotline";

    private final CitizenTickets tickets;
    private final Optional<CitizenSession.Citizen> citizen;
    final TicketForm form;
    final Button submit = new Button();
    final Div result = new Div();

    public FileTicketView(CitizenTickets tickets, Jurisdictions jurisdictions, String rootJurisdiction) {
        this.tickets = tickets;
        this.citizen = CitizenSession.current();
        setWidth("min(100%, 48rem)");
        add(new H1(getTranslation("hotline.portal.file.menu")));
        form = new TicketForm(
                this,
                new JurisdictionField(
                        getTranslation("hotline.portal.place"),
                        JurisdictionChoices.below(jurisdictions, rootJurisdiction, j -> true, 3, 3000)));
        FormLayout fields = new FormLayout(form.type, form.address, form.place, form.description, form.confidential);
        // One column below 30em, so the form fits a 390 px phone.
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        fields.setColspan(form.description, 2);
        fields.setColspan(form.confidential, 2);
        if (citizen.isEmpty()) {
            add(new Paragraph(
                    new com.vaadin.flow.component.Text(getTranslation("hotline.portal.file.anonymous") + " "),
                    new Anchor(
                            CitizenSession.SIGN_IN_ROUTE + "?" + CitizenSession.NEXT_PARAMETER + "=" + ROUTE,
                            getTranslation("hotline.portal.signIn"))));
            fields.add(form.phone);
        }
        submit.setText(getTranslation("hotline.portal.file.submit"));
        submit.setId("hotline-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
        result.setId("hotline-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        add(fields, submit, result);
    }

    /** Files the ticket as typed; a refusal shows next to its field, or above the button when it concerns none. */
    void submit() {
        form.clearErrors();
        result.removeAll();
        try {
            CitizenTicket filed = citizen.isPresent()
                    ? tickets.file(
                            citizen.get().accountId(),
                            form.ticket(Channel.PORTAL, citizen.get().name()))
                    : tickets.fileAnonymously(form.ticket(Channel.WEB_FORM, null), address());
            shown(filed);
        } catch (HotlineException refusal) {
            String text = refusal.message(getLocale());
            if (!form.show(refusal, text)) {
                result.add(new Paragraph(text));
                Feedback.error(text);
            }
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        } finally {
            submit.setEnabled(true);
        }
    }

    private void shown(CitizenTicket filed) {
        result.add(new Paragraph(getTranslation("hotline.portal.file.done", filed.number())));
        if (citizen.isPresent()) {
            result.add(new Anchor(MyTicketView.route(filed.number()), getTranslation("hotline.portal.file.follow")));
        } else {
            result.add(new Paragraph(getTranslation("hotline.portal.file.keepNumber")));
        }
        form.description.clear();
    }

    /** The client's address as the host records it for this request (behind a trusted proxy, the forwarded one). */
    private static String address() {
        String address = AuditLog.remoteAddress();
        return address == null ? "" : address;
    }
}
