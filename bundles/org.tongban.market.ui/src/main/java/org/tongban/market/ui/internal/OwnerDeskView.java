package org.tongban.market.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.market.Agencies;
import org.tongban.market.Funding;
import org.tongban.market.MarketRules;
import org.tongban.market.NewProject;
import org.tongban.market.Project;
import org.tongban.market.ProjectState;
import org.tongban.market.Projects;
import org.tongban.market.Qualification;
import org.tongban.market.Selection;
import org.tongban.market.SelectionMethod;
import org.tongban.market.SignUp;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.BoundedUpload;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;
import org.tongban.platform.ui.ReasonDialog;

/**
 * 业主服务台: the signed-in organisation publishes a project (service type, scope, price ceiling, funding, selection
 * method, required level, sign-up window, service period), follows its sign-ups with the reasons each agency was
 * excluded, chooses where the method lets the owner choose (own money, or a comparison's shortlist), confirms the
 * result after publicity, uploads and confirms the contract, accepts or returns the result and rates the service.
 * The city's rules (procurement threshold, minimum candidates, publicity days) are shown next to the form.
 */
public final class OwnerDeskView extends VerticalLayout {
    static final String ROUTE = "market/owner";
    static final String SIGN_IN = CitizenSession.SIGN_IN_ROUTE + "?" + CitizenSession.NEXT_PARAMETER + "=" + ROUTE;

    private final Projects projects;
    private final Map<String, String> typeNames;
    private long account;

    final TextField ownerName = new TextField();
    final JurisdictionField jurisdiction;
    final Select<String> serviceType = new Select<>();
    final TextField title = new TextField();
    final TextArea scope = new TextArea();
    final BigDecimalField ceiling = new BigDecimalField();
    final Select<Funding> funding = new Select<>();
    final Select<SelectionMethod> method = new Select<>();
    final Select<String> requiredLevel = new Select<>();
    final TextArea requirements = new TextArea();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final IntegerField serviceDays = new IntegerField();
    final TextField approvingDepartment = new TextField();
    final Button publish = new Button();
    final Grid<Project> mine = new Grid<>();
    final Div work = new Div();

    public OwnerDeskView(Agencies agencies, Projects projects, Jurisdictions jurisdictions, String root) {
        this.projects = projects;
        this.typeNames = PublicModel.typeNames(agencies.serviceTypes());
        this.jurisdiction = new JurisdictionField(
                getTranslation("market.ui.project.jurisdiction"), JurisdictionChoices.below(jurisdictions, root));
        setWidth("min(100%, 60rem)");
        add(new H1(getTranslation("market.ui.ownerDesk.menu")));
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        if (citizen.isEmpty()) {
            add(
                    new Paragraph(getTranslation("market.ui.signInFirst")),
                    new Anchor(SIGN_IN, getTranslation("market.ui.signIn")));
            return;
        }
        account = citizen.get().accountId();
        form(projects.rules());
        mine.addColumn(Project::number)
                .setHeader(getTranslation("market.ui.project.number"))
                .setAutoWidth(true);
        mine.addColumn(Project::title).setHeader(getTranslation("market.ui.project.title"));
        mine.addComponentColumn(p -> Labels.state(this, p.state()))
                .setHeader(getTranslation("market.ui.project.state"));
        mine.setAllRowsVisible(true);
        mine.setId("market-my-projects");
        mine.getElement().setAttribute("aria-label", getTranslation("market.ui.ownerDesk.mine"));
        mine.asSingleSelect().addValueChangeListener(e -> work(e.getValue()));
        work.setId("market-owner-work");
        add(new H2(getTranslation("market.ui.ownerDesk.mine")), mine, work);
        reload(null);
    }

    private void form(MarketRules rules) {
        ownerName.setLabel(getTranslation("market.ui.project.ownerName"));
        ownerName.setRequired(true);
        ownerName.setId("market-project-owner");
        jurisdiction.selectOrFirst(null);
        jurisdiction.setId("market-project-jurisdiction");
        serviceType.setLabel(getTranslation("market.ui.project.serviceType"));
        serviceType.setItems(typeNames.keySet());
        serviceType.setItemLabelGenerator(c -> typeNames.getOrDefault(c, c));
        serviceType.setId("market-project-type");
        title.setLabel(getTranslation("market.ui.project.title"));
        title.setRequired(true);
        title.setId("market-project-title");
        scope.setLabel(getTranslation("market.ui.project.scope"));
        scope.setId("market-project-scope");
        ceiling.setLabel(getTranslation("market.ui.project.ceiling"));
        ceiling.setId("market-project-ceiling");
        funding.setLabel(getTranslation("market.ui.project.funding"));
        funding.setItems(Funding.values());
        funding.setItemLabelGenerator(f -> Labels.of(this, f));
        funding.setValue(Funding.FISCAL);
        funding.setId("market-project-funding");
        method.setLabel(getTranslation("market.ui.project.method"));
        method.setItems(SelectionMethod.values());
        method.setItemLabelGenerator(m -> Labels.of(this, m));
        method.setValue(SelectionMethod.RANDOM_DRAW);
        method.setId("market-project-method");
        requiredLevel.setLabel(getTranslation("market.ui.project.level"));
        requiredLevel.setItems(Qualification.LEVELS);
        requiredLevel.setEmptySelectionAllowed(true);
        requiredLevel.setId("market-project-level");
        requirements.setLabel(getTranslation("market.ui.project.requirements"));
        opens.setLabel(getTranslation("market.ui.project.opens"));
        opens.setId("market-project-opens");
        closes.setLabel(getTranslation("market.ui.project.closes"));
        closes.setId("market-project-closes");
        serviceDays.setLabel(getTranslation("market.ui.project.serviceDays"));
        serviceDays.setMin(1);
        serviceDays.setId("market-project-days");
        approvingDepartment.setLabel(getTranslation("market.ui.project.approvingDepartment"));
        approvingDepartment.setHelperText(getTranslation("market.ui.project.approvingDepartmentHelp"));
        publish.setText(getTranslation("market.ui.project.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("market-project-publish");
        publish.addClickListener(e -> publish());
        FormLayout form = new FormLayout(
                ownerName,
                jurisdiction,
                serviceType,
                title,
                scope,
                ceiling,
                funding,
                method,
                requiredLevel,
                requirements,
                opens,
                closes,
                serviceDays,
                approvingDepartment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        Paragraph rulesText = new Paragraph(getTranslation(
                "market.ui.project.rules",
                Labels.money(rules.fiscalThreshold()),
                rules.minDrawCandidates(),
                rules.minComparisonApplicants(),
                rules.publicityWorkingDays(),
                rules.fiscalDirectAllowed()
                        ? getTranslation("market.ui.project.directAllowed")
                        : getTranslation("market.ui.project.directNotAllowed")));
        rulesText.setId("market-rules");
        add(new H2(getTranslation("market.ui.project.new")), rulesText, form, publish);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.atZone(Labels.ZONE).toInstant();
    }

    void publish() {
        if (opens.getValue() == null
                || closes.getValue() == null
                || ceiling.getValue() == null
                || serviceDays.getValue() == null
                || serviceType.getValue() == null) {
            Feedback.error(getTranslation("market.ui.project.incomplete"));
            return;
        }
        try {
            Project p = projects.publish(
                    account,
                    new NewProject(
                            ownerName.getValue().strip(),
                            jurisdiction.selectedCode(),
                            serviceType.getValue(),
                            title.getValue().strip(),
                            scope.getValue().strip(),
                            ceiling.getValue(),
                            funding.getValue(),
                            method.getValue(),
                            requiredLevel.getValue(),
                            requirements.getValue().strip(),
                            instant(opens.getValue()),
                            instant(closes.getValue()),
                            serviceDays.getValue(),
                            approvingDepartment.getValue().strip().isEmpty()
                                    ? null
                                    : approvingDepartment.getValue().strip()));
            Feedback.success(getTranslation("market.ui.project.published", p.number()));
            reload(p);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private void reload(Project show) {
        try {
            List<Project> own = projects.ownProjects(account);
            mine.setItems(own);
            if (show != null) {
                own.stream().filter(p -> p.id() == show.id()).findFirst().ifPresent(mine::select);
            }
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    void work(Project chosen) {
        work.removeAll();
        if (chosen == null) {
            return;
        }
        Project p = projects.find(chosen.id()).orElse(chosen);
        ProjectPanel panel = new ProjectPanel(projects, account, p, typeNames);
        work.add(panel);
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        Optional<Selection> selection = projects.selection(p.id());
        boolean ownerChooses = p.state() == ProjectState.AWAITING_SELECTION
                && (p.method() == SelectionMethod.DIRECT
                        || selection
                                .map(s -> !s.failed()
                                        && s.winnerAgencyId() == null
                                        && !s.shortlist().isEmpty())
                                .orElse(false));
        if (ownerChooses) {
            List<Long> shortlist = selection.map(Selection::shortlist).orElse(List.of());
            List<SignUp> eligible = panel.signUps
                    .getListDataView()
                    .getItems()
                    .filter(SignUp::valid)
                    .filter(s -> shortlist.isEmpty() || shortlist.contains(s.agencyId()))
                    .toList();
            Select<SignUp> agency = new Select<>();
            agency.setLabel(getTranslation("market.ui.work.chooseAgency"));
            agency.setItems(eligible);
            agency.setItemLabelGenerator(
                    s -> s.agencyName() + (s.bid() == null ? "" : "（" + Labels.money(s.bid()) + "）"));
            agency.setId("market-choose-agency");
            work.add(agency);
            buttons.add(button("market.ui.work.choose", () -> {
                if (agency.getValue() == null) {
                    Feedback.error(getTranslation("market.ui.work.chooseAgency"));
                    return;
                }
                new ReasonDialog(
                                getTranslation(
                                        "market.ui.work.chooseTitle",
                                        agency.getValue().agencyName()),
                                getTranslation("market.ui.work.chooseExplanation"),
                                getTranslation("market.ui.work.choose"),
                                reason -> act(
                                        p,
                                        () -> projects.choose(
                                                account,
                                                p.id(),
                                                agency.getValue().agencyId(),
                                                reason)))
                        .open();
            }));
        }
        if (p.state() == ProjectState.PUBLICITY) {
            buttons.add(button(
                    "market.ui.work.confirmResult", () -> act(p, () -> projects.confirmResult(account, p.id()))));
        }
        if (p.state() == ProjectState.AWAITING_CONTRACT || p.state() == ProjectState.CONTRACT_REVIEW) {
            work.add(upload(
                    p,
                    "market.ui.work.contract",
                    (file, content) -> act(p, () -> projects.uploadContract(account, p.id(), file, content))));
            buttons.add(button(
                    "market.ui.work.confirmContract", () -> act(p, () -> projects.confirmContract(account, p.id()))));
        }
        if (p.state() == ProjectState.AWAITING_ACCEPTANCE) {
            buttons.add(button("market.ui.work.acceptResult", () -> act(p, () -> projects.accept(account, p.id()))));
            buttons.add(button("market.ui.work.returnResult", () -> new ReasonDialog(
                            getTranslation("market.ui.work.returnTitle", p.number()),
                            null,
                            getTranslation("market.ui.work.returnResult"),
                            reason -> act(p, () -> projects.returnResult(account, p.id(), reason)))
                    .open()));
        }
        if (p.state() == ProjectState.COMPLETED) {
            work.add(new RatingForm(
                    this,
                    (q, t, a, pr, comment) -> act(p, () -> projects.rate(account, p.id(), q, t, a, pr, comment))));
        }
        if (p.state() == ProjectState.FAILED && p.republishedFrom() == null) {
            DateTimePicker newOpens = new DateTimePicker(getTranslation("market.ui.project.opens"));
            DateTimePicker newCloses = new DateTimePicker(getTranslation("market.ui.project.closes"));
            work.add(Labels.row(newOpens, newCloses));
            buttons.add(button(
                    "market.ui.work.republish",
                    () -> act(
                            p,
                            () -> projects.republish(
                                    account, p.id(), instant(newOpens.getValue()), instant(newCloses.getValue())))));
        }
        work.add(buttons);
    }

    private Upload upload(Project p, String labelKey, BoundedUpload.Received received) {
        Upload upload = BoundedUpload.single(
                this,
                new BoundedUpload(
                        AgencyDeskView.MAX_FILE,
                        received,
                        file -> Feedback.error(getTranslation("market.ui.fileTooLarge", file))),
                AgencyDeskView.MAX_FILE,
                ".pdf");
        upload.getElement().setAttribute("aria-label", getTranslation(labelKey));
        upload.setId(labelKey.replace('.', '-'));
        return upload;
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(key.replace('.', '-'));
        return button;
    }

    void act(Project p, Runnable action) {
        try {
            action.run();
            Feedback.success(getTranslation("market.ui.done"));
            reload(p);
            work(p);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }
}
