package org.tongban.keyprojects.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.tongban.keyprojects.KeyProjectPermissions;
import org.tongban.keyprojects.KeyProjects;
import org.tongban.keyprojects.ProjectPage;
import org.tongban.keyprojects.ProjectRow;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.FilterPanel;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;
import org.tongban.platform.ui.PagedGrid;

/** 重点项目: the key projects of a jurisdiction's subtree with their worst stage status, filtered and paged. */
public final class ProjectListView extends VerticalLayout {
    static final String ROUTE = "keyprojects";

    final JurisdictionField place;
    final TextField text = new TextField();
    final Checkbox mine = new Checkbox();
    final Button create = new Button();
    private final PagedGrid<ProjectRow> list;

    public ProjectListView(KeyProjects projects, AccessControl access, Jurisdictions jurisdictions) {
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse("");
        place = new JurisdictionField(
                getTranslation("keyprojects.ui.list.jurisdiction"), JurisdictionChoices.below(jurisdictions, home));
        place.selectOrFirst(home);
        text.setLabel(getTranslation("keyprojects.ui.list.text"));
        text.setClearButtonVisible(true);
        mine.setLabel(getTranslation("keyprojects.ui.list.mine"));
        list = new PagedGrid<>(20, (filters, offset, limit) -> {
            String j = filters.getOrDefault("j", place.selectedCode());
            if (j == null || j.isBlank()) {
                return new PagedGrid.Page<>(List.of(), 0);
            }
            try {
                ProjectPage page = projects.list(j, filters.get("q"), "1".equals(filters.get("mine")), offset, limit);
                return new PagedGrid.Page<>(page.items(), page.total());
            } catch (RuntimeException e) {
                Labels.FEEDBACK.failure(this, e);
                return new PagedGrid.Page<>(List.of(), 0);
            }
        });
        list.filter("j", place, jj -> jj == null ? "" : jj.code(), code -> place.choices()
                .find(code)
                .orElse(null));
        list.filter("q", text);
        list.filter("mine", mine, b -> b ? "1" : "", "1"::equals);
        Grid<ProjectRow> grid = list.grid();
        grid.addColumn(r -> r.project().code())
                .setHeader(getTranslation("keyprojects.ui.list.code"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.project().name())
                .setHeader(getTranslation("keyprojects.ui.list.name"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.project().ownerName()).setHeader(getTranslation("keyprojects.ui.list.owner"));
        grid.addColumn(r -> r.project().manager()).setHeader(getTranslation("keyprojects.ui.list.manager"));
        grid.addColumn(r -> getTranslation("keyprojects.ui.list.progressValue", r.stagesDone(), r.stages()))
                .setHeader(getTranslation("keyprojects.ui.list.progress"));
        grid.addColumn(r -> Labels.day(r.nextTarget())).setHeader(getTranslation("keyprojects.ui.list.nextTarget"));
        grid.addComponentColumn(r -> Labels.status(this, r.overall()))
                .setHeader(getTranslation("keyprojects.ui.list.status"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(ProjectPageView.path(e.getItem().project().id()))));
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("keyprojects.ui.list.menu"));
        create.setText(getTranslation("keyprojects.ui.list.create"));
        create.setVisible(access.isPermitted(KeyProjectPermissions.EDIT));
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProjectEditView.path("new"))));
        add(new H2(getTranslation("keyprojects.ui.list.menu")), create, new FilterPanel(place, text, mine), list);
        setMaxWidth("90rem");
        setWidthFull();
    }

    PagedGrid<ProjectRow> list() {
        return list;
    }
}
