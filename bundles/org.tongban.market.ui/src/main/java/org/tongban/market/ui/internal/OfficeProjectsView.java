package org.tongban.market.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import org.tongban.market.Agencies;
import org.tongban.market.Objection;
import org.tongban.market.ObjectionState;
import org.tongban.market.Project;
import org.tongban.market.ProjectPage;
import org.tongban.market.ProjectQuery;
import org.tongban.market.ProjectState;
import org.tongban.market.Projects;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.FilterPanel;
import org.tongban.platform.ui.PagedGrid;
import org.tongban.platform.ui.ReasonDialog;

/**
 * 项目监管: the projects by text and state, paged; for the one chosen, the sign-ups with their exclusions and the
 * office's steps: fix and publish the draw's inputs (the public value becomes known only after sign-up closed), run
 * the selection, answer objections, terminate.
 */
public final class OfficeProjectsView extends VerticalLayout {
    private final Projects projects;
    private final Map<String, String> typeNames;
    final TextField text = new TextField();
    final Select<String> state = new Select<>();
    final PagedGrid<Project> list;
    final Div details = new Div();
    final TextField publicValue = new TextField();
    final Button fix = new Button();
    final Button run = new Button();
    final Button terminate = new Button();
    private Project chosen;

    public OfficeProjectsView(Projects projects, Agencies agencies) {
        this.projects = projects;
        this.typeNames = PublicModel.typeNames(agencies.serviceTypes());
        setMaxWidth("90rem");
        text.setLabel(getTranslation("market.ui.office.text"));
        text.setClearButtonVisible(true);
        state.setLabel(getTranslation("market.ui.office.state"));
        state.setItems(Arrays.stream(ProjectState.values()).map(Enum::name).toList());
        state.setItemLabelGenerator(
                s -> s == null ? getTranslation("market.ui.any") : Labels.of(this, ProjectState.valueOf(s)));
        state.setEmptySelectionAllowed(true);
        list = new PagedGrid<>(20, (filters, offset, limit) -> {
            ProjectState chosenState = filters.get("state") == null ? null : ProjectState.valueOf(filters.get("state"));
            ProjectPage page =
                    projects.search(new ProjectQuery(filters.get("text"), null, chosenState, null, offset, limit));
            return new PagedGrid.Page<>(page.rows(), page.total());
        });
        Grid<Project> grid = list.grid();
        grid.addColumn(Project::number)
                .setHeader(getTranslation("market.ui.project.number"))
                .setAutoWidth(true);
        grid.addColumn(Project::title).setHeader(getTranslation("market.ui.project.title"));
        grid.addColumn(Project::ownerName).setHeader(getTranslation("market.ui.project.owner"));
        grid.addColumn(p -> Labels.of(this, p.method())).setHeader(getTranslation("market.ui.project.method"));
        grid.addComponentColumn(p -> Labels.state(this, p.state()))
                .setHeader(getTranslation("market.ui.project.state"));
        grid.getElement().setAttribute("aria-label", getTranslation("market.ui.office.menu"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        list.filter("text", text);
        list.filter("state", state);
        publicValue.setLabel(getTranslation("market.ui.office.publicValue"));
        publicValue.setHelperText(getTranslation("market.ui.office.publicValueHelp"));
        publicValue.setMaxLength(200);
        publicValue.setId("market-public-value");
        fix.setText(getTranslation("market.ui.office.fix"));
        fix.setId("market-fix-inputs");
        fix.addClickListener(e -> act(() -> projects.fixDrawInputs(chosen.id(), publicValue.getValue())));
        run.setText(getTranslation("market.ui.office.run"));
        run.setId("market-run-selection");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> act(() -> projects.runSelection(chosen.id())));
        terminate.setText(getTranslation("market.ui.office.terminate"));
        terminate.setId("market-terminate");
        terminate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        terminate.addClickListener(e -> new ReasonDialog(
                        getTranslation("market.ui.office.terminateTitle", chosen.number()),
                        getTranslation("market.ui.office.terminateExplanation"),
                        getTranslation("market.ui.office.terminate"),
                        reason -> act(() -> projects.terminate(chosen.id(), reason)))
                .destructive()
                .open());
        details.setId("market-office-details");
        add(new H2(getTranslation("market.ui.office.menu")), new FilterPanel(text, state), list, details);
        list.refresh();
        show(null);
    }

    void show(Project project) {
        chosen = project == null ? null : projects.find(project.id()).orElse(project);
        details.removeAll();
        if (chosen == null) {
            return;
        }
        ProjectPanel panel = new ProjectPanel(projects, null, chosen, typeNames);
        panel.objections
                .addComponentColumn(this::answerButtons)
                .setHeader(getTranslation("market.ui.objection.decide"));
        boolean open = chosen.state() != ProjectState.COMPLETED
                && chosen.state() != ProjectState.RATED
                && chosen.state() != ProjectState.FAILED
                && chosen.state() != ProjectState.TERMINATED;
        boolean fixed = projects.drawInputs(chosen.id()).isPresent();
        publicValue.setEnabled(!fixed);
        fix.setEnabled(!fixed && chosen.state() == ProjectState.AWAITING_SELECTION);
        run.setEnabled(chosen.state() == ProjectState.AWAITING_SELECTION);
        terminate.setEnabled(open);
        details.add(panel, Labels.row(publicValue, fix), Labels.row(run, terminate));
    }

    private HorizontalLayout answerButtons(Objection o) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (o.state() == ObjectionState.LODGED) {
            Button uphold = new Button(getTranslation("market.ui.objection.uphold"), e -> new ReasonDialog(
                            getTranslation("market.ui.objection.upholdTitle"),
                            getTranslation("market.ui.objection.upholdExplanation"),
                            getTranslation("market.ui.objection.uphold"),
                            answer -> act(() -> projects.answerObjection(o.id(), true, answer)))
                    .destructive()
                    .open());
            Button dismiss = new Button(getTranslation("market.ui.objection.dismiss"), e -> new ReasonDialog(
                            getTranslation("market.ui.objection.dismissTitle"),
                            null,
                            getTranslation("market.ui.objection.dismiss"),
                            answer -> act(() -> projects.answerObjection(o.id(), false, answer)))
                    .open());
            buttons.add(uphold, dismiss);
        }
        return buttons;
    }

    void act(Runnable action) {
        if (chosen == null) {
            return;
        }
        Project current = chosen;
        try {
            action.run();
            Feedback.success(getTranslation("market.ui.done"));
            // Refreshing the list clears its selection, which empties the details: show the project again.
            list.refresh();
            show(current);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }
}
