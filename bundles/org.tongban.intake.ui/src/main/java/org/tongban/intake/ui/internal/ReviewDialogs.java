package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.tongban.intake.CaseView;
import org.tongban.platform.api.security.StaffMember;
import org.tongban.worktime.PauseKind;

/**
 * The back office's dialogs: 分派 (a reviewer of the processing jurisdiction), 中止 (a 第四十五条 step the city allows,
 * with the written notice and the duration the applicant is told), 延期 (within the matter's rule, which it shows) and
 * the verification of a 告知承诺 case's pledges. Each refuses an empty required field next to it, in the UI's language,
 * and closes only when the service took the step, so that a refusal keeps what the clerk entered. The inspection's
 * dialog, which uploads photos, is {@link InspectionDialog}.
 */
final class ReviewDialogs {
    /** What the engine keeps of a suspension's texts (worktime's limits). */
    static final int MAX_REASON = 500;

    static final int MAX_NOTICE = 200;
    static final int MAX_DURATION = 100;

    /** A suspension as the clerk enters it. */
    record Suspension(PauseKind kind, String reason, String writtenNotice, String expectedDuration) {}

    /** An extension as the clerk enters it. */
    record Extension(int amount, String approver, String reason) {}

    private ReviewDialogs() {}

    /** 分派: the clerks who hold intake:review where the case is processed. */
    static Dialog assignment(Component view, String number, List<StaffMember> reviewers, Predicate<String> onConfirm) {
        ComboBox<StaffMember> reviewer = new ComboBox<>(view.getTranslation("intake.ui.assign.reviewer"));
        reviewer.setItems(reviewers);
        reviewer.setItemLabelGenerator(
                m -> view.getTranslation("intake.ui.assign.item", m.displayName(), m.username()));
        reviewer.setHelperText(view.getTranslation("intake.ui.assign.helper"));
        reviewer.setRequiredIndicatorVisible(true);
        reviewer.setWidthFull();
        reviewer.setId("intake-assign-reviewer");
        List<Component> fields = new ArrayList<>();
        if (reviewers.isEmpty()) {
            fields.add(new Paragraph(view.getTranslation("intake.ui.assign.none")));
        }
        fields.add(reviewer);
        return StepDialogs.frame(
                view,
                view.getTranslation("intake.ui.assign.title", number),
                Labels.action(view, "assign"),
                false,
                fields,
                () -> {
                    if (reviewer.getValue() == null) {
                        reviewer.setErrorMessage(view.getTranslation("intake.ui.required"));
                        reviewer.setInvalid(true);
                        return false;
                    }
                    return onConfirm.test(reviewer.getValue().username());
                });
    }

    /** 中止: only the steps of 第四十五条 the city allows (the engine's {@code pauseKinds}), never "other". */
    static Dialog suspension(Component view, String number, Set<PauseKind> allowed, Predicate<Suspension> onConfirm) {
        Select<PauseKind> kind = new Select<>();
        kind.setLabel(view.getTranslation("intake.ui.suspend.kind"));
        kind.setItems(allowed.stream().filter(k -> k != PauseKind.OTHER).toList());
        kind.setItemLabelGenerator(k -> view.getTranslation("intake.ui.pauseKind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        kind.setWidthFull();
        kind.setId("intake-suspend-kind");
        TextArea reason = limited(StepDialogs.area(view, "intake.ui.suspend.reason"), MAX_REASON);
        TextArea notice = limited(StepDialogs.area(view, "intake.ui.suspend.notice"), MAX_NOTICE);
        notice.setHelperText(view.getTranslation("intake.ui.suspend.noticeHelper"));
        TextField duration = new TextField(view.getTranslation("intake.ui.suspend.duration"));
        duration.setHelperText(view.getTranslation("intake.ui.suspend.durationHelper"));
        duration.setRequiredIndicatorVisible(true);
        duration.setMaxLength(MAX_DURATION);
        duration.setWidthFull();
        return StepDialogs.frame(
                view,
                view.getTranslation("intake.ui.suspend.title", number),
                Labels.action(view, "suspend"),
                false,
                List.of(kind, reason, notice, duration),
                () -> {
                    boolean missingKind = kind.getValue() == null;
                    kind.setErrorMessage(view.getTranslation("intake.ui.required"));
                    kind.setInvalid(missingKind);
                    boolean missingText = StepDialogs.missing(view, reason, notice);
                    if (missingKind | missingText | StepDialogs.missing(view, duration)) {
                        return false;
                    }
                    return onConfirm.test(new Suspension(
                            kind.getValue(),
                            reason.getValue().strip(),
                            notice.getValue().strip(),
                            duration.getValue().strip()));
                });
    }

    /** 延期: the rule of the pinned guide and what is used of it, shown before the amount is entered. */
    static Dialog extension(Component view, String number, CaseView.Extension rule, Predicate<Extension> onConfirm) {
        String unit = view.getTranslation("intake.ui.unit." + rule.unit());
        Paragraph shown = new Paragraph(
                rule.count() == 0
                        ? view.getTranslation("intake.ui.extend.none")
                        : view.getTranslation(
                                rule.left() ? "intake.ui.extend.rule" : "intake.ui.extend.usedUp",
                                rule.count(),
                                rule.amount(),
                                unit,
                                rule.used()));
        shown.setId("intake-extend-rule");
        IntegerField amount = new IntegerField(view.getTranslation("intake.ui.extend.amount", unit));
        amount.setMin(1);
        if (rule.amount() > 0) {
            amount.setMax(rule.amount());
            amount.setValue(rule.amount());
        }
        amount.setStepButtonsVisible(true);
        amount.setRequiredIndicatorVisible(true);
        amount.setId("intake-extend-amount");
        TextField approver = new TextField(view.getTranslation("intake.ui.extend.approver"));
        approver.setHelperText(view.getTranslation("intake.ui.extend.approverHelper"));
        approver.setRequiredIndicatorVisible(true);
        approver.setMaxLength(100);
        approver.setWidthFull();
        TextArea reason = limited(StepDialogs.area(view, "intake.ui.extend.reason"), MAX_REASON);
        return StepDialogs.frame(
                view,
                view.getTranslation("intake.ui.extend.title", number),
                Labels.action(view, "extend"),
                false,
                List.of(shown, amount, approver, reason),
                () -> {
                    boolean badAmount = amount.getValue() == null
                            || amount.getValue() < 1
                            || (rule.amount() > 0 && amount.getValue() > rule.amount());
                    amount.setErrorMessage(view.getTranslation("intake.ui.extend.amountRange", rule.amount(), unit));
                    amount.setInvalid(badAmount);
                    boolean missingText = StepDialogs.missing(view, reason);
                    if (badAmount | missingText | StepDialogs.missing(view, approver)) {
                        return false;
                    }
                    return onConfirm.test(new Extension(
                            amount.getValue(),
                            approver.getValue().strip(),
                            reason.getValue().strip()));
                });
    }

    /** 告知承诺核查: the finding and whether the pledges were true; an untrue pledge revokes the decision. */
    static Dialog pledgeCheck(Component view, String number, Verdict onConfirm) {
        RadioButtonGroup<Boolean> result = new RadioButtonGroup<>(view.getTranslation("intake.ui.verify.result"));
        result.setItems(true, false);
        result.setItemLabelGenerator(t -> view.getTranslation(t ? "intake.ui.verify.TRUE" : "intake.ui.verify.FALSE"));
        result.setRequiredIndicatorVisible(true);
        result.setId("intake-verify-result");
        Paragraph warning = new Paragraph(view.getTranslation("intake.ui.verify.falseWarning"));
        warning.getElement().setAttribute("role", "note");
        warning.setVisible(false);
        result.addValueChangeListener(e -> warning.setVisible(Boolean.FALSE.equals(e.getValue())));
        TextArea finding = StepDialogs.area(view, "intake.ui.verify.finding");
        return StepDialogs.frame(
                view,
                view.getTranslation("intake.ui.verify.title", number),
                view.getTranslation("intake.ui.action.verifyPledge"),
                false,
                List.of(result, warning, finding),
                () -> {
                    boolean missingResult = result.getValue() == null;
                    result.setErrorMessage(view.getTranslation("intake.ui.required"));
                    result.setInvalid(missingResult);
                    if (StepDialogs.missing(view, finding) | missingResult) {
                        return false;
                    }
                    return onConfirm.test(result.getValue(), finding.getValue().strip());
                });
    }

    /** The lines of a text area that are not blank, stripped. */
    static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static TextArea limited(TextArea area, int max) {
        area.setMaxLength(max);
        return area;
    }

    /** Takes the verification's result and finding; true when the service took it. */
    @FunctionalInterface
    interface Verdict {
        boolean test(boolean truthful, String finding);
    }
}
