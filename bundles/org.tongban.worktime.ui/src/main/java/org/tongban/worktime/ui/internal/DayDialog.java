package org.tongban.worktime.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.Feedback;
import org.tongban.worktime.CalendarDay;
import org.tongban.worktime.CalendarService;

/**
 * One day of a jurisdiction's calendar: what the State Council's notice or a higher level sets, shown greyed out with
 * the reason it cannot be changed here, and the jurisdiction's own local day, set or cleared by a clerk who may edit
 * its calendar. The service checks the permission again and audits.
 */
final class DayDialog extends Dialog {
    /** The jurisdiction's own adjustment of the day. */
    enum Adjustment {
        NONE,
        DAY_OFF,
        WORKING
    }

    private final CalendarService calendars;
    private final Jurisdiction jurisdiction;
    private final CalendarDay day;
    private final boolean own;
    private final Runnable onSaved;
    private final RadioButtonGroup<Adjustment> adjustment = new RadioButtonGroup<>();
    private final TextField note = new TextField();
    private Button save;

    DayDialog(
            CalendarService calendars,
            Jurisdictions jurisdictions,
            Jurisdiction jurisdiction,
            CalendarDay day,
            boolean editable,
            Runnable onSaved) {
        this.calendars = calendars;
        this.jurisdiction = jurisdiction;
        this.day = day;
        this.onSaved = onSaved;
        this.own = jurisdiction.code().equals(day.setBy());
        setHeaderTitle(DayTexts.label(this, day));
        setId("worktime-day-dialog");
        setMaxWidth("100vw");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);

        if (day.kind() == CalendarDay.Kind.HOLIDAY || day.kind() == CalendarDay.Kind.MAKE_UP_WORKDAY) {
            content.add(fixed(
                    "worktime.dialog.national",
                    day.name() + " · " + DayTexts.kind(this, day.kind()),
                    getTranslation("worktime.dialog.national.why")));
        }
        if (day.setBy() != null && !own) {
            String level =
                    jurisdictions.find(day.setBy()).map(Jurisdiction::name).orElse(day.setBy());
            content.add(fixed(
                    "worktime.dialog.inherited",
                    DayTexts.kind(this, day.kind()) + "：" + day.name(),
                    getTranslation("worktime.dialog.inherited.why", level)));
        }
        if (day.provisional()) {
            content.add(new Paragraph(getTranslation("worktime.dialog.provisional")));
        }

        adjustment.setLabel(getTranslation("worktime.dialog.adjustment", jurisdiction.name()));
        adjustment.setItems(Adjustment.values());
        adjustment.setItemLabelGenerator(a -> getTranslation("worktime.dialog.adjustment." + a.name()));
        adjustment.setValue(!own ? Adjustment.NONE : day.working() ? Adjustment.WORKING : Adjustment.DAY_OFF);
        note.setLabel(getTranslation("worktime.day.note"));
        note.setMaxLength(200);
        note.setWidthFull();
        note.setValue(own && day.name() != null ? day.name() : "");
        adjustment.addValueChangeListener(event -> note.setEnabled(event.getValue() != Adjustment.NONE));
        note.setEnabled(editable && adjustment.getValue() != Adjustment.NONE);
        content.add(adjustment, note);

        Button cancel = new Button(getTranslation("worktime.dialog.cancel"), click -> close());
        if (editable) {
            save = new Button(getTranslation("worktime.dialog.save"), click -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("worktime-day-save");
            getFooter().add(cancel, save);
        } else {
            // Greyed out, with the reason in sight rather than only in a tooltip.
            String why = getTranslation("worktime.dialog.readOnly", jurisdiction.name());
            adjustment.setEnabled(false);
            adjustment.setHelperText(why);
            note.setEnabled(false);
            note.setHelperText(why);
            getFooter().add(cancel);
        }
        add(content);
    }

    private static TextField fixed(String labelKey, String value, String why) {
        TextField field = new TextField();
        field.setLabel(field.getTranslation(labelKey));
        field.setValue(value);
        field.setEnabled(false);
        field.setHelperText(why);
        field.setWidthFull();
        return field;
    }

    /** Whether the clerk is offered to save a change. */
    boolean offersSaving() {
        return save != null;
    }

    Adjustment adjustment() {
        return adjustment.getValue();
    }

    RadioButtonGroup<Adjustment> adjustmentField() {
        return adjustment;
    }

    TextField noteField() {
        return note;
    }

    void save() {
        try {
            Adjustment chosen = adjustment.getValue();
            if (chosen == Adjustment.NONE) {
                if (own) {
                    calendars.removeLocalDay(jurisdiction.code(), day.date());
                }
            } else {
                calendars.setLocalDay(jurisdiction.code(), day.date(), chosen == Adjustment.WORKING, note.getValue());
            }
            Feedback.success(getTranslation("worktime.saved"));
            close();
            onSaved.run();
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }
}
