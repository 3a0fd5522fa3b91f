package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import org.tongban.hotline.Article;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * 知识库: the articles the user may read (by title), a new article at a jurisdiction where the user writes, and the
 * editor with the steps of review and every version. With {@code reviewQueue} only the versions in review and the
 * flagged articles where the user publishes (待审条目).
 */
public class KnowledgeView extends VerticalLayout implements BeforeEnterObserver {
    final TextField filter = new TextField();
    final Grid<Article> list = new Grid<>();
    final JurisdictionField place;
    final ArticleEditor editor;

    private final KnowledgeBase knowledge;
    private final boolean reviewQueue;

    public KnowledgeView(
            KnowledgeBase knowledge,
            DispatchCatalogue catalogue,
            AccessControl access,
            Jurisdictions jurisdictions,
            boolean reviewQueue) {
        this.knowledge = knowledge;
        this.reviewQueue = reviewQueue;
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        place = new JurisdictionField(
                getTranslation("hotline.ui.kb.jurisdiction"),
                JurisdictionChoices.below(
                        jurisdictions, home, j -> access.isPermitted(HotlinePermissions.KNOWLEDGE, j.code()), 2, 500));
        editor = new ArticleEditor(knowledge, access, catalogue.categories(), place, a -> refresh());
        filter.setLabel(getTranslation("hotline.ui.kb.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.setVisible(!reviewQueue);
        Button create = new Button(getTranslation("hotline.ui.kb.create"), e -> {
            list.deselectAll();
            editor.load(null);
        });
        create.setVisible(!reviewQueue);
        list.addColumn(Article::id)
                .setHeader(getTranslation("hotline.ui.kb.id"))
                .setAutoWidth(true);
        list.addColumn(a -> a.latest().title())
                .setHeader(getTranslation("hotline.ui.kb.title"))
                .setFlexGrow(2);
        list.addColumn(a -> getTranslation("hotline.ui.kb.state." + a.latest().state()))
                .setHeader(getTranslation("hotline.ui.kb.state"));
        list.addColumn(a -> a.published() == null
                        ? "—"
                        : String.valueOf(a.published().number()))
                .setHeader(getTranslation("hotline.ui.kb.inForce"));
        list.addColumn(Article::usageCount).setHeader(getTranslation("hotline.ui.kb.uses"));
        list.addColumn(a -> a.flag() == null
                        ? ""
                        : getTranslation("hotline.ui.kb.flagShort." + a.flag().name()))
                .setHeader(getTranslation("hotline.ui.kb.flag"));
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.load(knowledge.article(e.getValue().id()).orElse(e.getValue()));
            }
        });
        FlexLayout tools = new FlexLayout(filter, place, create);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(Alignment.BASELINE);
        tools.getStyle().set("gap", "var(--lumo-space-m)");
        place.setVisible(!reviewQueue);
        add(new H2(getTranslation(reviewQueue ? "hotline.ui.kb.queue" : "hotline.ui.kb.menu")), tools, list, editor);
        addClassName(TicketPath.PAGE_CLASS);
        setMaxWidth("72rem");
        place.selectOrFirst(home);
        refresh();
    }

    /** {@code ?article=<id>}, the link of a cited article on a ticket page, opens the editor on that article. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(CitedArticle.ARTICLE_PARAMETER)
                .ifPresent(this::open);
    }

    void open(String articleId) {
        try {
            knowledge.article(articleId).ifPresent(editor::load);
        } catch (RuntimeException e) {
            // An unknown or unreadable article leaves the list as it is.
        }
    }

    void refresh() {
        List<Article> shown = reviewQueue ? knowledge.reviewQueue() : knowledge.articles(filter.getValue(), 100);
        list.setItems(shown);
    }
}
