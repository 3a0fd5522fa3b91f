package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpStates;
import org.tongban.helpdesk.HelpdeskService;
import org.tongban.helpdesk.Team;

/** 分派: to a member of a team serving the request's area, by hand, or automatically by domain, area and load. */
final class AssignDialog extends Dialog {
    @FunctionalInterface
    interface ByHand {
        void assign(long team, String username, String reason);
    }

    final ComboBox<Team> team = new ComboBox<>();
    final ComboBox<Team.Member> member = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Button confirm;
    final Button automatic;

    AssignDialog(HelpdeskService service, HelpRequest r, ByHand byHand, Runnable auto) {
        setHeaderTitle(getTranslation("helpdesk.ui.action.assign"));
        List<Team> teams;
        try {
            teams = service.teams(r.jurisdictionCode()).stream()
                    .filter(Team::active)
                    .toList();
        } catch (RuntimeException e) {
            teams = List.of();
        }
        team.setLabel(getTranslation("helpdesk.ui.field.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(Team::name);
        team.addValueChangeListener(e -> {
            member.clear();
            member.setItems(e.getValue() == null ? List.of() : e.getValue().members());
        });
        member.setLabel(getTranslation("helpdesk.ui.field.helper"));
        member.setItemLabelGenerator(
                m -> getTranslation("helpdesk.ui.assign.member", m.displayName(), m.username(), m.openRequests()));
        reason.setLabel(getTranslation("helpdesk.ui.field.reason"));
        reason.setMaxLength(2000);
        reason.setVisible(HelpStates.ASSIGNED.equals(r.state()));
        add(team, member, reason);
        confirm = new Button(getTranslation("helpdesk.ui.action.assign"), click -> {
            if (team.getValue() == null || member.getValue() == null) {
                member.setInvalid(true);
                member.setErrorMessage(getTranslation("helpdesk.ui.assign.choose"));
                return;
            }
            close();
            byHand.assign(team.getValue().id(), member.getValue().username(), reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        automatic = new Button(getTranslation("helpdesk.ui.assign.auto"), click -> {
            close();
            auto.run();
        });
        automatic.setId("helpdesk-assign-auto");
        Button cancel = new Button(getTranslation("helpdesk.ui.cancel"), click -> close());
        getFooter().add(cancel, automatic, confirm);
    }
}
