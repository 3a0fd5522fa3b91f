package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.tongban.hotline.Callback;
import org.tongban.hotline.Category;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.Unit;

/** The dialogs of the ticket page's steps; each checks its required fields before the step runs. */
final class TicketDialogs {
    /** A dispatch: the category, the lead unit and the assisting units. */
    interface Dispatch {
        void run(String category, String lead, List<String> assisting);
    }

    private TicketDialogs() {}

    private static String t(Component c, String key, Object... args) {
        return c.getTranslation(key, args);
    }

    private static StepDialog dialog(Component owner, String action, Runnable onConfirm) {
        return new StepDialog(owner, Labels.action(owner, action), Labels.action(owner, action), onConfirm);
    }

    private static TextArea area(Component owner, String key, int max) {
        TextArea area = new TextArea(t(owner, key));
        area.setMaxLength(max);
        area.setWidthFull();
        return area;
    }

    static StepDialog answer(Component owner, BiConsumer<String, String> step) {
        TextField article = new TextField(t(owner, "hotline.ui.desk.article"));
        article.setMaxLength(100);
        TextArea answer = area(owner, "hotline.ui.desk.answer", HotlineService.DESCRIPTION_LIMIT);
        StepDialog d = dialog(
                owner,
                "answer",
                () -> step.accept(article.getValue().trim(), answer.getValue().trim()));
        d.field(article, true);
        d.field(answer, true);
        d.open();
        return d;
    }

    static StepDialog dispatch(Component owner, DispatchCatalogue catalogue, Ticket ticket, Dispatch step) {
        List<Category> categories = catalogue.categories();
        List<Unit> units = catalogue.units();
        Select<String> category = new Select<>();
        category.setLabel(t(owner, "hotline.ui.desk.category"));
        category.setItems(categories.stream().map(Category::code).toList());
        category.setItemLabelGenerator(code -> categories.stream()
                .filter(c -> c.code().equals(code))
                .map(Category::name)
                .findFirst()
                .orElse(code == null ? "" : code));
        Select<String> lead = new Select<>();
        lead.setLabel(t(owner, "hotline.ui.desk.lead"));
        lead.setItems(units.stream().map(Unit::code).toList());
        lead.setItemLabelGenerator(code -> unitName(units, code));
        MultiSelectComboBox<String> assisting = new MultiSelectComboBox<>(t(owner, "hotline.ui.desk.assisting"));
        assisting.setItems(units.stream().map(Unit::code).toList());
        assisting.setItemLabelGenerator(code -> unitName(units, code));
        category.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                catalogue
                        .suggest(e.getValue(), ticket.place().jurisdictionCode())
                        .ifPresent(u -> lead.setValue(u.code()));
            }
        });
        if (ticket.categoryCode() != null) {
            category.setValue(ticket.categoryCode());
        }
        StepDialog d = dialog(
                owner,
                "dispatch",
                () -> step.run(
                        category.getValue(),
                        lead.getValue(),
                        assisting.getValue().stream()
                                .filter(u -> !u.equals(lead.getValue()))
                                .sorted()
                                .toList()));
        d.field(category, true);
        d.field(lead, true);
        d.field(assisting, false);
        d.open();
        return d;
    }

    private static String unitName(List<Unit> units, String code) {
        return units.stream()
                .filter(u -> u.code().equals(code))
                .map(Unit::name)
                .findFirst()
                .orElse(code == null ? "" : code);
    }

    static StepDialog merge(Component owner, Consumer<String> step) {
        TextField into = new TextField(t(owner, "hotline.ui.dialog.mergeInto"));
        into.setMaxLength(40);
        StepDialog d = dialog(owner, "merge", () -> step.accept(into.getValue().trim()));
        d.field(into, true);
        d.open();
        return d;
    }

    /** 答复, citing a knowledge-base article when the unit answered from one (counts as its use). */
    static StepDialog reply(Component owner, BiConsumer<String, String> step) {
        TextArea reply = area(owner, "hotline.ui.dialog.reply", HotlineService.DESCRIPTION_LIMIT);
        TextField article = new TextField(t(owner, "hotline.ui.dialog.replyArticle"));
        article.setMaxLength(40);
        article.setHelperText(t(owner, "hotline.ui.dialog.replyArticleHelp"));
        StepDialog d = dialog(
                owner,
                "reply",
                () -> step.accept(
                        reply.getValue().trim(),
                        article.getValue().isBlank() ? null : article.getValue().trim()));
        d.field(reply, true);
        d.field(article, false);
        d.open();
        return d;
    }

    static StepDialog comment(Component owner, String action, Consumer<String> step) {
        TextArea comment = area(owner, "hotline.ui.dialog.comment", 500);
        StepDialog d =
                dialog(owner, action, () -> step.accept(comment.getValue().trim()));
        d.field(comment, false);
        d.open();
        return d;
    }

    static StepDialog extension(Component owner, BiConsumer<Integer, String> step) {
        IntegerField days = new IntegerField(t(owner, "hotline.ui.dialog.days"));
        days.setMin(1);
        days.setMax(10);
        days.setStepButtonsVisible(true);
        TextArea reason = area(owner, "hotline.ui.dialog.reason", 500);
        StepDialog d = dialog(
                owner,
                "requestExtension",
                () -> step.accept(days.getValue(), reason.getValue().trim()));
        d.field(days, true);
        d.field(reason, true);
        d.open();
        return d;
    }

    static StepDialog decideExtension(Component owner, BiConsumer<Boolean, String> step) {
        Select<Boolean> decision = new Select<>();
        decision.setLabel(t(owner, "hotline.ui.dialog.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(b -> t(owner, b ? "hotline.ui.dialog.approve" : "hotline.ui.dialog.refuse"));
        decision.setValue(true);
        TextArea reason = area(owner, "hotline.ui.dialog.reason", 500);
        StepDialog d = dialog(
                owner,
                "decideExtension",
                () -> step.accept(decision.getValue(), reason.getValue().trim()));
        d.field(decision, true);
        d.field(reason, true);
        d.open();
        return d;
    }

    static StepDialog callback(Component owner, boolean mayReopen, Consumer<Callback> step) {
        Checkbox reached = new Checkbox(t(owner, "hotline.ui.dialog.reached"), true);
        Checkbox resolved = new Checkbox(t(owner, "hotline.ui.dialog.resolved"), true);
        Select<Integer> satisfaction = new Select<>();
        satisfaction.setLabel(t(owner, "hotline.ui.dialog.satisfaction"));
        satisfaction.setItems(5, 4, 3, 2, 1);
        satisfaction.setItemLabelGenerator(i -> t(owner, "hotline.ui.satisfaction." + i));
        satisfaction.setValue(5);
        Checkbox reopen = new Checkbox(t(owner, "hotline.ui.dialog.reopen"), false);
        reopen.setVisible(mayReopen);
        TextArea note = area(owner, "hotline.ui.dialog.note", 500);
        reached.addValueChangeListener(e -> {
            resolved.setEnabled(e.getValue());
            satisfaction.setEnabled(e.getValue());
            reopen.setEnabled(e.getValue());
        });
        StepDialog d = dialog(
                owner,
                "callback",
                () -> step.accept(
                        reached.getValue()
                                ? new Callback(
                                        true,
                                        resolved.getValue(),
                                        satisfaction.getValue(),
                                        reopen.getValue(),
                                        note.getValue().trim())
                                : Callback.unreachable(note.getValue().trim())));
        d.field(reached, false);
        d.field(resolved, false);
        d.field(satisfaction, true);
        d.field(reopen, false);
        d.field(note, false);
        d.open();
        return d;
    }

    static StepDialog subDispatch(Component owner, List<Unit> subUnits, Consumer<String> step) {
        Select<String> to = new Select<>();
        to.setLabel(t(owner, "hotline.ui.dialog.subUnit"));
        to.setItems(subUnits.stream().map(Unit::code).toList());
        to.setItemLabelGenerator(code -> unitName(subUnits, code));
        StepDialog d = dialog(owner, "subDispatch", () -> step.accept(to.getValue()));
        d.field(to, true);
        d.open();
        return d;
    }
}
