package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.helpdesk.CitizenHelp;
import org.tongban.helpdesk.HelpChannel;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.NewRequest;
import org.tongban.helpdesk.Requester;
import org.tongban.helpdesk.RequesterKind;
import org.tongban.helpdesk.TimelineEntry;
import org.tongban.helpdesk.Urgency;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionPicker;

/**
 * {@code /help}: a signed-in citizen or enterprise asks the help desk for help (the requester is the signed-in account,
 * as registered) and follows their own requests, each with its steps. Signed out, the page asks to sign in first.
 */
public final class AskHelpView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "help";

    final Div content = new Div();
    final ComboBox<HelpKind> kind = new ComboBox<>();
    final TextField subject = new TextField();
    final TextField matters = new TextField();
    final TextArea description = new TextArea();
    final JurisdictionPicker area;
    final Button ask;
    private final CitizenHelp help;
    private final PublicAccounts accounts;
    private Long account;

    public AskHelpView(CitizenHelp help, PublicAccounts accounts, Jurisdictions jurisdictions, String root) {
        this.help = help;
        this.accounts = accounts;
        setWidth("min(100%, 48rem)");
        kind.setLabel(getTranslation("helpdesk.ui.field.kind"));
        kind.setItems(HelpKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        kind.setValue(HelpKind.INSTANT);
        subject.setLabel(getTranslation("helpdesk.ui.field.project"));
        subject.setMaxLength(200);
        subject.setWidthFull();
        matters.setLabel(getTranslation("helpdesk.ui.field.matterCodes"));
        matters.setHelperText(getTranslation("helpdesk.ui.field.matterCodes.help"));
        matters.setWidthFull();
        description.setLabel(getTranslation("helpdesk.ui.field.description"));
        description.setMaxLength(2000);
        description.setWidthFull();
        area = new JurisdictionPicker(jurisdictions, root);
        ask = new Button(getTranslation("helpdesk.ui.portal.ask"), click -> ask());
        ask.setId("helpdesk-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        if (citizen.isEmpty()) {
            account = null;
            content.removeAll();
            content.add(
                    new H1(getTranslation("helpdesk.ui.portal.menu")),
                    new Paragraph(getTranslation("helpdesk.ui.portal.signInFirst")),
                    new Anchor(
                            CitizenSession.SIGN_IN_ROUTE + "?" + CitizenSession.NEXT_PARAMETER + "=" + ROUTE,
                            getTranslation("helpdesk.ui.portal.signIn")));
            return;
        }
        show(citizen.get().accountId());
    }

    void show(long accountId) {
        account = accountId;
        content.removeAll();
        content.add(
                new H1(getTranslation("helpdesk.ui.portal.menu")),
                new Paragraph(getTranslation("helpdesk.ui.portal.explain")),
                kind,
                subject,
                matters,
                area,
                description,
                ask,
                new H2(getTranslation("helpdesk.ui.portal.mine")));
        List<HelpRequest> mine;
        try {
            mine = help.mine(accountId);
        } catch (RuntimeException e) {
            content.add(new Paragraph(HelpdeskFeedback.FEEDBACK.message(this, e)));
            return;
        }
        if (mine.isEmpty()) {
            content.add(new Paragraph(getTranslation("helpdesk.ui.portal.none")));
        }
        UnorderedList list = new UnorderedList();
        list.setId("helpdesk-mine");
        for (HelpRequest r : mine) {
            ListItem item = new ListItem(getTranslation(
                    "helpdesk.ui.portal.item",
                    r.number(),
                    Labels.of(this, r.kind()),
                    Labels.state(this, r.state()),
                    Labels.time(r.createdAt())));
            UnorderedList steps = new UnorderedList();
            for (TimelineEntry t : help.timeline(accountId, r.id())) {
                steps.add(new ListItem(Labels.time(t.at()) + " " + Labels.action(this, t.action())
                        + (t.detail() == null ? "" : "：" + t.detail())));
            }
            item.add(steps);
            list.add(item);
        }
        content.add(list);
    }

    void ask() {
        if (account == null) {
            return;
        }
        try {
            PublicAccount me = accounts.find(account).orElseThrow();
            String identifier = accounts.identifier(account).orElseThrow();
            RequesterKind who = me.kind() == org.tongban.platform.api.identity.ApplicantKind.ORGANISATION
                    ? RequesterKind.ENTERPRISE
                    : RequesterKind.PERSON;
            List<String> codes = Arrays.stream(matters.getValue().split("[,，、\\s]+"))
                    .filter(s -> !s.isBlank())
                    .toList();
            HelpRequest r = help.ask(
                    account,
                    new NewRequest(
                            HelpChannel.PORTAL,
                            new Requester(who, me.name(), identifier, null),
                            codes,
                            subject.getValue(),
                            null,
                            kind.getValue(),
                            Urgency.NORMAL,
                            description.getValue(),
                            area.value() == null ? null : area.value().code(),
                            null));
            Feedback.success(getTranslation("helpdesk.ui.portal.asked", r.number()));
            show(account);
        } catch (RuntimeException e) {
            HelpdeskFeedback.FEEDBACK.failure(this, e);
        }
    }
}
