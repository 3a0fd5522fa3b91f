package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.NewAuthorisation;
import org.tongban.helpdesk.Power;

/**
 * 授权委托书 as the requester signed it (民法典 第一百六十五条): the agent, the matters of the request, the powers and the
 * period. The service refuses matters that need the person in person.
 */
final class AuthorisationDialog extends Dialog {
    final TextField agentUsername = new TextField();
    final TextField agentName = new TextField();
    final TextField agentId = new TextField();
    final CheckboxGroup<String> matters = new CheckboxGroup<>();
    final CheckboxGroup<Power> powers = new CheckboxGroup<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button confirm;

    AuthorisationDialog(HelpRequest r, Consumer<NewAuthorisation> save) {
        setHeaderTitle(getTranslation("helpdesk.ui.authorisation.add"));
        agentUsername.setLabel(getTranslation("helpdesk.ui.authorisation.agentUsername"));
        agentUsername.setValue(r.owner() == null ? "" : r.owner());
        agentName.setLabel(getTranslation("helpdesk.ui.authorisation.agentName"));
        agentName.setMaxLength(100);
        agentId.setLabel(getTranslation("helpdesk.ui.authorisation.agentId"));
        agentId.setMaxLength(18);
        matters.setLabel(getTranslation("helpdesk.ui.field.matters"));
        matters.setItems(r.matterCodes());
        powers.setLabel(getTranslation("helpdesk.ui.authorisation.powers"));
        powers.setItems(Power.values());
        powers.setItemLabelGenerator(p -> Labels.of(this, p));
        from.setLabel(getTranslation("helpdesk.ui.authorisation.from"));
        from.setValue(LocalDate.now(Labels.BEIJING));
        to.setLabel(getTranslation("helpdesk.ui.authorisation.to"));
        to.setValue(LocalDate.now(Labels.BEIJING).plusDays(30));
        add(agentUsername, agentName, agentId, matters, powers, from, to);
        confirm = new Button(getTranslation("helpdesk.ui.authorisation.save"), click -> {
            close();
            save.accept(new NewAuthorisation(
                    agentUsername.getValue(),
                    agentName.getValue(),
                    agentId.getValue(),
                    List.copyOf(matters.getValue()),
                    powers.getValue(),
                    from.getValue(),
                    to.getValue()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("helpdesk.ui.cancel"), click -> close()), confirm);
    }
}
