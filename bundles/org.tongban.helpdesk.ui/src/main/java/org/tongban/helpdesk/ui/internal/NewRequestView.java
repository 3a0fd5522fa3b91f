package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.tongban.helpdesk.HelpChannel;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpdeskService;
import org.tongban.helpdesk.NewRequest;
import org.tongban.helpdesk.Requester;
import org.tongban.helpdesk.RequesterKind;
import org.tongban.helpdesk.Urgency;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * 登记诉求: who asked (a person's identity number or an enterprise's credit code, checked by the service), through which
 * channel, for which matters or project, in which area, how urgent and which kind of help. Saved, it opens the request.
 */
public final class NewRequestView extends VerticalLayout {
    static final List<String> DOMAINS = List.of("general", "enterprise", "construction", "social-security", "elderly");

    final ComboBox<HelpChannel> channel = new ComboBox<>();
    final RadioButtonGroup<RequesterKind> requesterKind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField identifier = new TextField();
    final TextField phone = new TextField();
    final TextField matters = new TextField();
    final TextField project = new TextField();
    final ComboBox<String> domain = new ComboBox<>();
    final ComboBox<HelpKind> kind = new ComboBox<>();
    final ComboBox<Urgency> urgency = new ComboBox<>();
    final TextArea description = new TextArea();
    final JurisdictionField area;
    final TextField ticket = new TextField();
    final Button save;
    private final HelpdeskService service;
    HelpRequest saved;

    public NewRequestView(HelpdeskService service, AccessControl access, Jurisdictions jurisdictions) {
        this.service = service;
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        channel.setLabel(getTranslation("helpdesk.ui.field.channel"));
        channel.setItems(HelpChannel.WINDOW, HelpChannel.PHONE, HelpChannel.VISIT, HelpChannel.HOTLINE);
        channel.setItemLabelGenerator(c -> Labels.of(this, c));
        channel.setValue(HelpChannel.WINDOW);
        channel.addValueChangeListener(e -> ticket.setVisible(e.getValue() == HelpChannel.HOTLINE));
        requesterKind.setLabel(getTranslation("helpdesk.ui.field.requesterKind"));
        requesterKind.setItems(RequesterKind.values());
        requesterKind.setItemLabelGenerator(k -> Labels.of(this, k));
        requesterKind.setValue(RequesterKind.PERSON);
        requesterKind.addValueChangeListener(e -> identifier.setLabel(getTranslation(
                e.getValue() == RequesterKind.ENTERPRISE
                        ? "helpdesk.ui.field.creditCode"
                        : "helpdesk.ui.field.idNumber")));
        name.setLabel(getTranslation("helpdesk.ui.field.requesterName"));
        name.setMaxLength(200);
        identifier.setLabel(getTranslation("helpdesk.ui.field.idNumber"));
        identifier.setMaxLength(18);
        phone.setLabel(getTranslation("helpdesk.ui.field.phone"));
        phone.setMaxLength(30);
        matters.setLabel(getTranslation("helpdesk.ui.field.matterCodes"));
        matters.setHelperText(getTranslation("helpdesk.ui.field.matterCodes.help"));
        project.setLabel(getTranslation("helpdesk.ui.field.project"));
        project.setMaxLength(200);
        domain.setLabel(getTranslation("helpdesk.ui.field.domain"));
        domain.setItems(DOMAINS);
        domain.setItemLabelGenerator(d -> getTranslation("helpdesk.ui.domain." + d));
        domain.setValue("general");
        kind.setLabel(getTranslation("helpdesk.ui.field.kind"));
        kind.setItems(HelpKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        kind.setValue(HelpKind.INSTANT);
        urgency.setLabel(getTranslation("helpdesk.ui.field.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> Labels.of(this, u));
        urgency.setValue(Urgency.NORMAL);
        description.setLabel(getTranslation("helpdesk.ui.field.description"));
        description.setMaxLength(2000);
        area = new JurisdictionField(
                getTranslation("helpdesk.ui.field.area"), JurisdictionChoices.below(jurisdictions, home));
        area.selectOrFirst(home);
        ticket.setLabel(getTranslation("helpdesk.ui.field.ticket"));
        ticket.setMaxLength(40);
        ticket.setVisible(false);
        save = new Button(getTranslation("helpdesk.ui.new.save"), click -> save());
        save.setId("helpdesk-register");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(
                channel,
                ticket,
                requesterKind,
                name,
                identifier,
                phone,
                kind,
                urgency,
                domain,
                area,
                matters,
                project,
                description);
        form.setColspan(description, 2);
        add(new H2(getTranslation("helpdesk.ui.new.menu")), form, save);
        setMaxWidth("60rem");
    }

    void save() {
        List<String> codes = Arrays.stream(matters.getValue().split("[,，、\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
        Requester who =
                new Requester(requesterKind.getValue(), name.getValue(), identifier.getValue(), phone.getValue());
        try {
            saved = service.register(new NewRequest(
                    channel.getValue(),
                    who,
                    codes,
                    project.getValue(),
                    domain.getValue(),
                    kind.getValue(),
                    urgency.getValue(),
                    description.getValue(),
                    area.selectedCode(),
                    ticket.getValue()));
            Feedback.success(getTranslation("helpdesk.ui.new.saved", saved.number()));
            String target = Paths.request(saved.id());
            getUI().ifPresent(ui -> ui.navigate(target));
        } catch (RuntimeException e) {
            HelpdeskFeedback.FEEDBACK.failure(this, e);
        }
    }
}
