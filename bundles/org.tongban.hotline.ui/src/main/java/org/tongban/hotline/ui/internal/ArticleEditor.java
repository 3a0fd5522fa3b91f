package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tongban.hotline.Article;
import org.tongban.hotline.ArticleDraft;
import org.tongban.hotline.ArticleStates;
import org.tongban.hotline.ArticleVersion;
import org.tongban.hotline.Audience;
import org.tongban.hotline.Category;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.ui.JurisdictionField;
import org.tongban.platform.ui.ReasonDialog;

/**
 * One article: its newest version in the fields (plain text; shown escaped everywhere), the steps the user may take
 * on it, and every version with its state, author and reviewer; a version's text opens below the list.
 */
final class ArticleEditor extends Div {
    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Select<Audience> audience = new Select<>();
    final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>();
    final TextField matters = new TextField();
    final Div matterNames = new Div();
    final Paragraph status = new Paragraph();
    final Button save = new Button();
    final Button submit = new Button();
    final Button publish = new Button();
    final Button reject = new Button();
    final Button withdraw = new Button();
    final Button keep = new Button();
    final Div history = new Div();
    final Pre shown = new Pre();

    private final KnowledgeBase knowledge;
    private final AccessControl access;
    private final JurisdictionField place;
    private final Consumer<Article> changed;
    private Article article;

    ArticleEditor(
            KnowledgeBase knowledge,
            AccessControl access,
            List<Category> all,
            JurisdictionField place,
            Consumer<Article> changed) {
        this.knowledge = knowledge;
        this.access = access;
        this.place = place;
        this.changed = changed;
        setId("hotline-article-editor");
        title.setLabel(getTranslation("hotline.ui.kb.title"));
        title.setMaxLength(KnowledgeBase.TITLE_LIMIT);
        title.setRequired(true);
        title.setWidthFull();
        body.setLabel(getTranslation("hotline.ui.kb.body"));
        body.setHelperText(getTranslation("hotline.ui.kb.bodyHelp", KnowledgeBase.BODY_LIMIT));
        body.setMaxLength(KnowledgeBase.BODY_LIMIT);
        body.setRequired(true);
        body.setWidthFull();
        body.setMinHeight("10rem");
        audience.setLabel(getTranslation("hotline.ui.kb.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("hotline.ui.kb.audience." + a.name()));
        audience.setValue(Audience.AGENTS);
        categories.setLabel(getTranslation("hotline.ui.kb.categories"));
        categories.setItems(all.stream().map(Category::code).toList());
        categories.setItemLabelGenerator(code -> all.stream()
                .filter(c -> c.code().equals(code))
                .map(Category::name)
                .findFirst()
                .orElse(code));
        matters.setLabel(getTranslation("hotline.ui.kb.matters"));
        matters.setHelperText(getTranslation("hotline.ui.kb.mattersHelp"));
        matters.setMaxLength(1200);
        matters.addValueChangeListener(e -> showMatterNames());
        matterNames.setId("hotline-article-matters");
        matterNames.getElement().setAttribute("aria-live", "polite");
        status.setId("hotline-article-status");
        status.getElement().setAttribute("role", "status");
        save.setText(getTranslation("hotline.ui.kb.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> run(this::save));
        submit.setText(getTranslation("hotline.ui.kb.submit"));
        submit.addClickListener(e -> run(() -> knowledge.submit(
                article.id(), article.latest().number(), article.latest().version())));
        publish.setText(getTranslation("hotline.ui.kb.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> run(() -> knowledge.publish(
                article.id(), article.latest().number(), article.latest().version(), null)));
        reject.setText(getTranslation("hotline.ui.kb.reject"));
        reject.addClickListener(e -> reason(
                "hotline.ui.kb.reject",
                r -> knowledge.reject(
                        article.id(),
                        article.latest().number(),
                        article.latest().version(),
                        r)));
        withdraw.setText(getTranslation("hotline.ui.kb.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> reason("hotline.ui.kb.withdraw", r -> knowledge.withdraw(article.id(), r)));
        keep.setText(getTranslation("hotline.ui.kb.keep"));
        keep.addClickListener(e -> run(() -> knowledge.clearFlag(article.id(), null)));
        FlexLayout buttons = new FlexLayout(save, submit, publish, reject, withdraw, keep);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        FormLayout links = new FormLayout(audience, categories, matters);
        links.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        history.setId("hotline-article-history");
        shown.setId("hotline-article-version");
        shown.getStyle().set("white-space", "pre-wrap");
        add(
                status,
                title,
                body,
                links,
                matterNames,
                buttons,
                new H3(getTranslation("hotline.ui.kb.history")),
                history,
                shown);
        load(null);
    }

    /** Shows an article, or empty fields for a new one. */
    /** The matters typed as codes, each by the catalogue's published name, or said to be none. */
    private void showMatterNames() {
        matterNames.removeAll();
        for (String code : matterCodes()) {
            Paragraph line = new Paragraph(knowledge
                    .matterName(code)
                    .map(name -> getTranslation("hotline.ui.kb.matterName", name, code))
                    .orElseGet(() -> getTranslation("hotline.ui.kb.matterUnknown", code)));
            line.addClassName("hotline-article-matter");
            matterNames.add(line);
        }
    }

    void load(Article a) {
        article = a;
        place.setReadOnly(a != null);
        ArticleVersion v = a == null ? null : a.latest();
        title.setValue(v == null ? "" : v.title());
        body.setValue(v == null ? "" : v.body());
        audience.setValue(v == null ? Audience.AGENTS : v.audience());
        categories.setValue(v == null ? java.util.Set.of() : new java.util.LinkedHashSet<>(v.categoryCodes()));
        matters.setValue(v == null ? "" : String.join(", ", v.matterCodes()));
        String where = a == null ? null : a.jurisdictionCode();
        boolean editor = where == null || access.isPermitted(HotlinePermissions.KNOWLEDGE, where);
        boolean reviewer = where != null && access.isPermitted(HotlinePermissions.PUBLISH, where);
        String state = v == null ? null : v.state();
        save.setVisible(editor && !ArticleStates.REVIEW.equals(state));
        submit.setVisible(editor && ArticleStates.DRAFT.equals(state));
        publish.setVisible(reviewer && ArticleStates.REVIEW.equals(state));
        reject.setVisible(reviewer && ArticleStates.REVIEW.equals(state));
        withdraw.setVisible(reviewer && a != null && a.published() != null);
        keep.setVisible(reviewer && a != null && a.flag() != null);
        status.setText(a == null ? getTranslation("hotline.ui.kb.new") : describe(a));
        history.removeAll();
        shown.setText("");
        if (a != null) {
            for (ArticleVersion each : knowledge.versions(a.id())) {
                Button open = new Button(getTranslation(
                        "hotline.ui.kb.versionLine",
                        each.number(),
                        getTranslation("hotline.ui.kb.state." + each.state()),
                        each.author(),
                        each.reviewer() == null ? "—" : each.reviewer(),
                        Labels.time(each.writtenAt())));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                open.addClickListener(e -> shown.setText(each.title() + "\n\n" + each.body()
                        + (each.reviewNote() == null
                                ? ""
                                : "\n\n" + getTranslation("hotline.ui.kb.note", each.reviewNote()))));
                history.add(new Div(open));
            }
        }
    }

    private String describe(Article a) {
        String text = getTranslation(
                "hotline.ui.kb.status",
                a.id(),
                getTranslation("hotline.ui.kb.state." + a.latest().state()),
                a.published() == null ? "—" : String.valueOf(a.published().number()),
                a.usageCount());
        if (a.flag() != null) {
            text += " "
                    + getTranslation("hotline.ui.kb.flag." + a.flag().name(), a.flagNote() == null ? "" : a.flagNote());
        }
        return text;
    }

    private List<String> matterCodes() {
        return Arrays.stream(matters.getValue().split("[,，、\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    private Article save() {
        ArticleDraft draft = new ArticleDraft(
                article == null ? place.selectedCode() : article.jurisdictionCode(),
                title.getValue(),
                body.getValue(),
                audience.getValue(),
                List.copyOf(categories.getValue()),
                matterCodes());
        return article == null ? knowledge.create(draft) : knowledge.edit(article.id(), draft);
    }

    private void reason(String key, java.util.function.Function<String, Article> step) {
        new ReasonDialog(getTranslation(key), null, getTranslation(key), r -> run(() -> step.apply(r))).open();
    }

    private void run(Supplier<Article> step) {
        try {
            Article a = step.get();
            load(a);
            changed.accept(a);
            org.tongban.platform.ui.Feedback.success(getTranslation("hotline.ui.kb.done", a.id()));
        } catch (RuntimeException e) {
            HotlineFeedback.FEEDBACK.failure(this, e);
        }
    }
}
