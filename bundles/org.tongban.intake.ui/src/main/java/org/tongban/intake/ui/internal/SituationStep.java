package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.MaterialRef;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;

/**
 * Step 2, the situation (情形): the catalogue's questions that concern the matter (those of the life events that list
 * it), one answer each. The answers go with the case and tell the checklist which materials do not apply.
 */
final class SituationStep implements DeskStep {
    private final Component view;
    private final MatterCatalogue catalogue;
    private final String window;
    private final Supplier<Matter> matter;
    private final VerticalLayout layout = new VerticalLayout();
    private final Map<String, RadioButtonGroup<SituationOption>> questions = new LinkedHashMap<>();
    private String shownFor;

    SituationStep(Component view, MatterCatalogue catalogue, String window, Supplier<Matter> matter) {
        this.view = view;
        this.catalogue = catalogue;
        this.window = window;
        this.matter = matter;
        layout.setPadding(false);
    }

    @Override
    public String titleKey() {
        return "intake.ui.desk.step.situation";
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public void enter() {
        Matter m = matter.get();
        if (m == null || m.code().equals(shownFor)) {
            return;
        }
        shownFor = m.code();
        layout.removeAll();
        questions.clear();
        for (LifeEvent event : catalogue.lifeEvents(window)) {
            if (!event.matterCodes().contains(m.code())) {
                continue;
            }
            for (SituationQuestion q : event.questions()) {
                if (questions.containsKey(q.code())) {
                    continue;
                }
                RadioButtonGroup<SituationOption> group = new RadioButtonGroup<>(q.text());
                group.setItems(q.options());
                group.setItemLabelGenerator(SituationOption::label);
                group.setRequiredIndicatorVisible(true);
                group.setErrorMessage(view.getTranslation("intake.ui.desk.answerRequired"));
                questions.put(q.code(), group);
                layout.add(group);
            }
        }
        if (questions.isEmpty()) {
            layout.add(new Paragraph(view.getTranslation("intake.ui.desk.noQuestions")));
        }
    }

    @Override
    public boolean complete() {
        for (RadioButtonGroup<SituationOption> group : questions.values()) {
            if (group.getValue() == null) {
                group.setInvalid(true);
                group.getElement().callJsFunction("focus");
                return false;
            }
            group.setInvalid(false);
        }
        return true;
    }

    /** Option code by question code. */
    Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        questions.forEach((code, group) -> {
            if (group.getValue() != null) {
                answers.put(code, group.getValue().code());
            }
        });
        return answers;
    }

    /** The materials of the matter the answers say do not apply. */
    Set<String> notApplicable() {
        Set<String> names = new LinkedHashSet<>();
        Matter m = matter.get();
        for (RadioButtonGroup<SituationOption> group : questions.values()) {
            SituationOption option = group.getValue();
            if (option != null && m != null) {
                for (MaterialRef ref : option.removeMaterials()) {
                    if (ref.matterCode() == null || ref.matterCode().equals(m.code())) {
                        names.add(ref.materialName());
                    }
                }
            }
        }
        return names;
    }

    List<RadioButtonGroup<SituationOption>> questionFields() {
        return List.copyOf(questions.values());
    }
}
