package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.tongban.intake.Agent;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantKind;
import org.tongban.intake.CreditCodes;
import org.tongban.intake.IdentityNumbers;
import org.tongban.intake.IntakeException;

/**
 * Step 3, the applicant: a natural person by identity number (GB 11643) or a legal person by unified social credit
 * code (GB 32100), and an agent with the written authorisation. The check characters are checked as the clerk types,
 * with intake's own messages, so the service refuses nothing the form let through.
 */
final class ApplicantStep implements DeskStep {
    private final Component view;
    private final VerticalLayout layout = new VerticalLayout();
    final RadioButtonGroup<ApplicantKind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField identifier = new TextField();
    final Checkbox byAgent = new Checkbox();
    final TextField agentName = new TextField();
    final TextField agentId = new TextField();
    final TextField authorisation = new TextField();

    ApplicantStep(Component view) {
        this.view = view;
        kind.setLabel(view.getTranslation("intake.ui.applicant.kind"));
        kind.setItems(ApplicantKind.values());
        kind.setItemLabelGenerator(k -> view.getTranslation(
                k == ApplicantKind.NATURAL_PERSON ? "intake.ui.applicant.person" : "intake.ui.applicant.organisation"));
        kind.setValue(ApplicantKind.NATURAL_PERSON);
        kind.addValueChangeListener(e -> {
            relabel();
            if (!identifier.isEmpty()) {
                check(identifier, this::identifierProblem);
            }
        });
        required(name, "intake.ui.applicant.name", 100);
        required(identifier, "intake.ui.applicant.idNumber", 18);
        identifier.setId("intake-desk-identifier");
        live(identifier, this::identifierProblem);
        byAgent.setLabel(view.getTranslation("intake.ui.applicant.byAgent"));
        required(agentName, "intake.ui.applicant.agentName", 100);
        required(agentId, "intake.ui.applicant.agentId", 18);
        live(agentId, text -> problem(IdentityNumbers.problem(text), text));
        required(authorisation, "intake.ui.applicant.authorisation", 200);
        authorisation.setHelperText(view.getTranslation("intake.ui.applicant.authorisationHelper"));
        byAgent.addValueChangeListener(e -> showAgent(e.getValue()));
        showAgent(false);
        layout.add(kind, name, identifier, byAgent, agentName, agentId, authorisation);
        layout.setPadding(false);
        relabel();
    }

    @Override
    public String titleKey() {
        return "intake.ui.desk.step.applicant";
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public boolean complete() {
        boolean ok = filled(name) & check(identifier, this::identifierProblem);
        if (byAgent.getValue()) {
            ok &= filled(agentName)
                    & check(agentId, text -> problem(IdentityNumbers.problem(text), text))
                    & filled(authorisation);
        }
        if (!ok) {
            layout.getChildren()
                    .filter(c -> c instanceof TextField t && t.isInvalid())
                    .findFirst()
                    .ifPresent(c -> ((TextField) c).focus());
        }
        return ok;
    }

    Applicant applicant() {
        return new Applicant(kind.getValue(), name.getValue().strip(), normalised(identifier));
    }

    Agent agent() {
        return byAgent.getValue()
                ? new Agent(
                        agentName.getValue().strip(),
                        normalised(agentId),
                        authorisation.getValue().strip())
                : null;
    }

    private void relabel() {
        boolean person = kind.getValue() == ApplicantKind.NATURAL_PERSON;
        name.setLabel(view.getTranslation(person ? "intake.ui.applicant.name" : "intake.ui.applicant.orgName"));
        identifier.setLabel(
                view.getTranslation(person ? "intake.ui.applicant.idNumber" : "intake.ui.applicant.creditCode"));
    }

    private void showAgent(boolean shown) {
        agentName.setVisible(shown);
        agentId.setVisible(shown);
        authorisation.setVisible(shown);
    }

    private Optional<String> identifierProblem(String text) {
        return problem(
                kind.getValue() == ApplicantKind.NATURAL_PERSON
                        ? IdentityNumbers.problem(text)
                        : CreditCodes.problem(text),
                text);
    }

    /** The message of a problem key of intake's files, quoting what the clerk typed. */
    private Optional<String> problem(Optional<String> key, String text) {
        Locale locale =
                view.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(Locale.SIMPLIFIED_CHINESE);
        return key.map(k -> IntakeException.of(k, text).localizedMessage().format(locale));
    }

    private void required(TextField field, String labelKey, int max) {
        field.setLabel(view.getTranslation(labelKey));
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(max);
        field.setWidthFull();
        field.setMaxWidth("28rem");
    }

    private void live(TextField field, Function<String, Optional<String>> problem) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> {
            if (!e.getValue().isBlank()) {
                check(field, problem);
            }
        });
    }

    private boolean filled(TextField field) {
        if (field.getValue().isBlank()) {
            field.setErrorMessage(view.getTranslation("intake.ui.required"));
            field.setInvalid(true);
            return false;
        }
        field.setInvalid(false);
        return true;
    }

    private boolean check(TextField field, Function<String, Optional<String>> problem) {
        if (!filled(field)) {
            return false;
        }
        Optional<String> message = problem.apply(normalised(field));
        field.setInvalid(message.isPresent());
        message.ifPresent(field::setErrorMessage);
        return message.isEmpty();
    }

    private static String normalised(TextField field) {
        return field.getValue().strip().toUpperCase(Locale.ROOT);
    }
}
