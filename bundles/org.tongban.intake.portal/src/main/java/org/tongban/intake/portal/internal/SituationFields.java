package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;

/** Step 1, the situation (情形引导): one answer per question, each a radio group named by the question. */
final class SituationFields extends VerticalLayout {
    private final Map<String, RadioButtonGroup<SituationOption>> groups = new LinkedHashMap<>();

    SituationFields(Component page, List<SituationQuestion> questions) {
        setPadding(false);
        if (questions.isEmpty()) {
            add(new Paragraph(page.getTranslation("intake.portal.apply.noQuestions")));
        }
        for (SituationQuestion q : questions) {
            RadioButtonGroup<SituationOption> group = new RadioButtonGroup<>(q.text());
            group.setId("apply-question-" + groups.size());
            group.setItems(q.options());
            group.setItemLabelGenerator(SituationOption::label);
            group.setRequiredIndicatorVisible(true);
            group.setErrorMessage(page.getTranslation("intake.portal.apply.answerRequired"));
            groups.put(q.code(), group);
            add(group);
        }
    }

    /** Whether every question has an answer; marks the first without one and focuses it. */
    boolean complete() {
        for (RadioButtonGroup<SituationOption> group : groups.values()) {
            group.setInvalid(group.getValue() == null);
            if (group.isInvalid()) {
                group.getElement().callJsFunction("focus");
                return false;
            }
        }
        return true;
    }

    /** Option code by question code. */
    Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        groups.forEach((code, group) -> {
            if (group.getValue() != null) {
                answers.put(code, group.getValue().code());
            }
        });
        return answers;
    }

    /** The answers of a draft; options a question no longer has are left unanswered. */
    void answers(Map<String, String> answers) {
        groups.forEach((code, group) -> group.getListDataView()
                .getItems()
                .filter(o -> o.code().equals(answers.get(code)))
                .findFirst()
                .ifPresent(group::setValue));
    }

    /** The chosen options' labels, question by question, for the review. */
    Map<String, String> shown() {
        Map<String, String> shown = new LinkedHashMap<>();
        groups.forEach((code, group) -> shown.put(
                group.getLabel(),
                group.getValue() == null ? "" : group.getValue().label()));
        return shown;
    }
}
