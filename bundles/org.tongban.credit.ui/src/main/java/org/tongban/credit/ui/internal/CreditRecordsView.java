package org.tongban.credit.ui.internal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.tongban.credit.AppealState;
import org.tongban.credit.CreditRecord;
import org.tongban.credit.CreditRecords;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.ReasonDialog;
import org.tongban.platform.ui.StatusBadge;

/**
 * A clerk looks up an applicant's credit records, records an appeal and decides one. The service checks every
 * permission again; the view only leaves out buttons that would be refused.
 */
public final class CreditRecordsView extends VerticalLayout {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CreditRecords credit;
    private final AccessControl accessControl;
    private final TextField applicant = new TextField();
    private final Paragraph verdict = new Paragraph();
    private final Grid<CreditRecord> grid = new Grid<>(CreditRecord.class, false);
    private String shown;

    public CreditRecordsView(CreditRecords credit, AccessControl accessControl) {
        this.credit = credit;
        this.accessControl = accessControl;
        applicant.setId("credit-applicant");
        applicant.setLabel(getTranslation("credit.applicant"));
        applicant.setHelperText(getTranslation("credit.applicant.helper"));
        applicant.setMaxLength(18);
        applicant.setWidth("min(100%, 24rem)");
        Button search = new Button(getTranslation("credit.search"), click -> search(applicant.getValue()));
        search.setId("credit-search");
        search.addThemeVariants(ButtonVariant.PRIMARY);
        search.addClickShortcut(Key.ENTER).listenOn(applicant);
        HorizontalLayout bar = new HorizontalLayout(applicant, search);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        verdict.setId("credit-verdict");
        verdict.getElement().setAttribute("role", "status");
        columns();
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        grid.setAriaLabel(getTranslation("credit.menu"));

        add(new H1(getTranslation("credit.menu")), bar, verdict, grid);
        setMaxWidth("80rem");
    }

    private void columns() {
        grid.addColumn(r -> getTranslation("credit.type." + r.type()))
                .setHeader(getTranslation("credit.column.type"))
                .setAutoWidth(true);
        grid.addColumn(CreditRecord::source)
                .setHeader(getTranslation("credit.column.source"))
                .setAutoWidth(true);
        grid.addColumn(CreditRecord::detail)
                .setHeader(getTranslation("credit.column.detail"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("credit.column.period.value", r.recordedOn(), r.expiresOn()))
                .setHeader(getTranslation("credit.column.period"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> new StatusBadge(getTranslation("credit.appeal." + r.appeal()), tone(r)))
                .setHeader(getTranslation("credit.column.appeal"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("credit.column.actions"))
                .setKey("actions")
                .setAutoWidth(true);
    }

    private StatusBadge.Tone tone(CreditRecord record) {
        if (record.appeal() == AppealState.REVOKED || !record.inForce(LocalDate.now(ZONE))) {
            return StatusBadge.Tone.NEUTRAL;
        }
        return record.appeal() == AppealState.LODGED ? StatusBadge.Tone.WARNING : StatusBadge.Tone.DANGER;
    }

    HorizontalLayout actions(CreditRecord record) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (record.appeal() == AppealState.NONE
                && accessControl.isPermitted(CreditRecords.RECORD_PERMISSION, record.jurisdictionCode())) {
            actions.add(button("credit.lodge", "lodge-" + record.id(), () -> new ReasonDialog(
                            getTranslation("credit.lodge.title"),
                            getTranslation("credit.lodge.explanation"),
                            getTranslation("credit.lodge"),
                            reason -> act(() -> credit.lodgeAppeal(record.id(), reason), "credit.lodged"))
                    .open()));
        }
        if (record.appeal() == AppealState.LODGED
                && accessControl.isPermitted(CreditRecords.DECIDE_PERMISSION, record.jurisdictionCode())) {
            actions.add(button("credit.revoke", "revoke-" + record.id(), () -> decide(record, true)));
            actions.add(button("credit.dismiss", "dismiss-" + record.id(), () -> decide(record, false)));
        }
        return actions;
    }

    private void decide(CreditRecord record, boolean revoke) {
        String action = revoke ? "credit.revoke" : "credit.dismiss";
        new ReasonDialog(
                        getTranslation(action + ".title"),
                        getTranslation("credit.decide.explanation"),
                        getTranslation(action),
                        reason -> act(() -> credit.decideAppeal(record.id(), revoke, reason), "credit.decided"))
                .open();
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            Feedback.success(getTranslation(doneKey));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        search(shown);
    }

    void search(String identifier) {
        List<CreditRecord> records;
        boolean bad;
        try {
            records = credit.records(identifier);
            bad = credit.hasBadRecord(identifier, LocalDate.now(ZONE));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        shown = identifier;
        grid.setItems(records);
        grid.setVisible(!records.isEmpty());
        verdict.setText(getTranslation(records.isEmpty() ? "credit.none" : bad ? "credit.bad" : "credit.clean"));
    }
}
