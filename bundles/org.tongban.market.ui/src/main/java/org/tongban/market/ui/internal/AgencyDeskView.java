package org.tongban.market.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.market.Agencies;
import org.tongban.market.Agency;
import org.tongban.market.AgencyStaff;
import org.tongban.market.AgencyStatus;
import org.tongban.market.NewAgency;
import org.tongban.market.NewQualification;
import org.tongban.market.Project;
import org.tongban.market.ProjectQuery;
import org.tongban.market.ProjectState;
import org.tongban.market.Projects;
import org.tongban.market.Qualification;
import org.tongban.market.SignUp;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.BoundedUpload;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;
import org.tongban.platform.ui.ReasonDialog;
import org.tongban.platform.ui.StatusBadge;

/**
 * 机构服务台: the signed-in enterprise account registers its agency (credit code, facts, staff, service area),
 * adds qualifications with their scans and hands the agency in for review; once published it signs up for open
 * projects (with a bid where the method asks for one), sees why a sign-up was excluded, and for a project it won
 * accepts or refuses, uploads and confirms the contract, uploads the result, and objects during publicity. The
 * account comes from the session, never from the address.
 */
public final class AgencyDeskView extends VerticalLayout {
    static final String ROUTE = "market/agency";
    static final String SIGN_IN = CitizenSession.SIGN_IN_ROUTE + "?" + CitizenSession.NEXT_PARAMETER + "=" + ROUTE;
    static final int MAX_FILE = 20 * 1024 * 1024;

    private final Agencies agencies;
    private final Projects projects;
    private final JurisdictionChoices choices;
    private final Map<String, String> typeNames;
    private long account;

    // registration
    final TextField creditCode = new TextField();
    final TextField name = new TextField();
    final TextField legalRepresentative = new TextField();
    final TextField phone = new TextField();
    final TextField address = new TextField();
    final JurisdictionField jurisdiction;
    final MultiSelectComboBox<Jurisdiction> serviceArea = new MultiSelectComboBox<>();
    final TextArea staff = new TextArea();
    final TextArea introduction = new TextArea();
    final Button register = new Button();
    // qualifications
    final Select<String> qualificationType = new Select<>();
    final Select<String> level = new Select<>();
    final TextField issuer = new TextField();
    final TextField number = new TextField();
    final DatePicker validFrom = new DatePicker();
    final DatePicker validUntil = new DatePicker();
    final Button addQualification = new Button();
    final Button submit = new Button();
    private String scanName;
    private byte[] scan;
    // sign-up
    final Select<Project> openProject = new Select<>();
    final BigDecimalField bid = new BigDecimalField();
    final Button signUp = new Button();
    final Grid<SignUp> mine = new Grid<>();
    final Div work = new Div();

    public AgencyDeskView(Agencies agencies, Projects projects, Jurisdictions jurisdictions, String root) {
        this.agencies = agencies;
        this.projects = projects;
        this.choices = JurisdictionChoices.below(jurisdictions, root);
        this.typeNames = PublicModel.typeNames(agencies.serviceTypes());
        this.jurisdiction = new JurisdictionField(getTranslation("market.ui.agency.jurisdiction"), choices);
        setWidth("min(100%, 60rem)");
        wire();
        add(new H1(getTranslation("market.ui.agencyDesk.menu")));
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        if (citizen.isEmpty()) {
            add(
                    new Paragraph(getTranslation("market.ui.signInFirst")),
                    new Anchor(SIGN_IN, getTranslation("market.ui.signIn")));
            return;
        }
        account = citizen.get().accountId();
        Optional<Agency> own;
        try {
            own = agencies.ownAgency(account);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        if (own.isEmpty()) {
            registration();
        } else {
            desk(own.get());
        }
    }

    /** Listeners and columns, once: the desk is rebuilt after every step, its fields are not. */
    private void wire() {
        register.addClickListener(e -> register());
        addQualification.addClickListener(e -> addQualification());
        submit.addClickListener(e -> act(() -> agencies.submit(account)));
        signUp.addClickListener(e -> signUp());
        mine.addColumn(s -> projects.find(s.projectId())
                        .map(p -> p.number() + " " + p.title())
                        .orElse("#" + s.projectId()))
                .setHeader(getTranslation("market.ui.signUp.project"))
                .setAutoWidth(true);
        mine.addColumn(s -> Labels.money(s.bid())).setHeader(getTranslation("market.ui.signUp.bid"));
        mine.addColumn(s -> Labels.exclusions(this, s.exclusions()))
                .setHeader(getTranslation("market.ui.signUp.exclusions"));
        mine.asSingleSelect().addValueChangeListener(e -> work(e.getValue()));
    }

    private void registration() {
        creditCode.setLabel(getTranslation("market.ui.agency.creditCode"));
        creditCode.setMaxLength(18);
        creditCode.setRequired(true);
        creditCode.setId("market-agency-credit-code");
        name.setLabel(getTranslation("market.ui.agency.name"));
        name.setRequired(true);
        name.setId("market-agency-name");
        legalRepresentative.setLabel(getTranslation("market.ui.agency.legalRepresentative"));
        legalRepresentative.setId("market-agency-legal");
        phone.setLabel(getTranslation("market.ui.agency.phone"));
        phone.setId("market-agency-phone");
        address.setLabel(getTranslation("market.ui.agency.address"));
        address.setId("market-agency-address");
        jurisdiction.setId("market-agency-jurisdiction");
        jurisdiction.selectOrFirst(null);
        serviceArea.setLabel(getTranslation("market.ui.agency.serviceArea"));
        serviceArea.setItems(choices.items());
        serviceArea.setItemLabelGenerator(Jurisdiction::name);
        serviceArea.setId("market-agency-area");
        staff.setLabel(getTranslation("market.ui.agency.staff"));
        staff.setHelperText(getTranslation("market.ui.agency.staffHelp"));
        staff.setId("market-agency-staff");
        introduction.setLabel(getTranslation("market.ui.agency.introduction"));
        introduction.setMaxLength(2000);
        register.setText(getTranslation("market.ui.agency.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("market-agency-register");
        FormLayout form = new FormLayout(
                creditCode, name, legalRepresentative, phone, address, jurisdiction, serviceArea, staff, introduction);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        add(
                new H2(getTranslation("market.ui.agency.registration")),
                new Paragraph(getTranslation("market.ui.agency.noBarrier")),
                form,
                register);
    }

    /** Staff as typed, one per line: name, title and certificate number separated by commas or spaces. */
    static List<AgencyStaff> staff(String text) {
        List<AgencyStaff> staff = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String[] parts = Arrays.stream(line.strip().split("[,，、\\s]+"))
                    .filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
            if (parts.length == 0) {
                continue;
            }
            staff.add(new AgencyStaff(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""));
        }
        return staff;
    }

    void register() {
        try {
            Agency agency = agencies.register(
                    account,
                    new NewAgency(
                            creditCode.getValue().strip().toUpperCase(java.util.Locale.ROOT),
                            name.getValue().strip(),
                            legalRepresentative.getValue().strip(),
                            phone.getValue().strip(),
                            address.getValue().strip(),
                            jurisdiction.selectedCode(),
                            serviceArea.getValue().stream()
                                    .map(Jurisdiction::code)
                                    .toList(),
                            staff(staff.getValue()),
                            introduction.getValue().strip()));
            Feedback.success(getTranslation("market.ui.agency.registered", agency.name()));
            removeAll();
            add(new H1(getTranslation("market.ui.agencyDesk.menu")));
            desk(agency);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private void desk(Agency agency) {
        StatusBadge status = new StatusBadge(
                Labels.of(this, agency.status()),
                agency.status() == AgencyStatus.PUBLISHED
                        ? StatusBadge.Tone.SUCCESS
                        : agency.status() == AgencyStatus.RETURNED ? StatusBadge.Tone.WARNING : StatusBadge.Tone.INFO);
        status.setId("market-agency-status");
        add(new H2(agency.name()), status);
        if (agency.status() == AgencyStatus.RETURNED && agency.reviewNote() != null) {
            add(new Paragraph(getTranslation("market.ui.agency.returnedBecause", agency.reviewNote())));
        }
        Anchor profile = new Anchor("/market/agencies/" + agency.id(), getTranslation("market.ui.agency.publicPage"));
        profile.setRouterIgnore(true);
        if (agency.status() == AgencyStatus.PUBLISHED) {
            add(profile);
        }
        qualifications(agency);
        if (agency.status() == AgencyStatus.PUBLISHED) {
            signUps(agency);
        }
    }

    private void qualifications(Agency agency) {
        add(new H2(getTranslation("market.ui.qualification.list")));
        try {
            add(new QualificationList(agencies.qualifications(agency.id()), c -> typeNames.getOrDefault(c, c)));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        qualificationType.setLabel(getTranslation("market.ui.qualification.type"));
        qualificationType.setItems(typeNames.keySet());
        qualificationType.setItemLabelGenerator(c -> typeNames.getOrDefault(c, c));
        qualificationType.setId("market-qualification-type");
        level.setLabel(getTranslation("market.ui.qualification.level"));
        level.setItems(Qualification.LEVELS);
        level.setId("market-qualification-level");
        issuer.setLabel(getTranslation("market.ui.qualification.issuer"));
        issuer.setId("market-qualification-issuer");
        number.setLabel(getTranslation("market.ui.qualification.number"));
        number.setId("market-qualification-number");
        validFrom.setLabel(getTranslation("market.ui.qualification.validFrom"));
        validFrom.setId("market-qualification-from");
        validUntil.setLabel(getTranslation("market.ui.qualification.validUntil"));
        validUntil.setId("market-qualification-until");
        Paragraph scanned = new Paragraph();
        Upload upload = BoundedUpload.single(
                this,
                new BoundedUpload(
                        MAX_FILE,
                        (file, content) -> {
                            scanName = file;
                            scan = content;
                            scanned.setText(getTranslation("market.ui.qualification.scanReceived", file));
                        },
                        file -> Feedback.error(getTranslation("market.ui.fileTooLarge", file))),
                MAX_FILE,
                ".pdf",
                ".jpg",
                ".jpeg",
                ".png");
        upload.setId("market-qualification-scan");
        upload.getElement().setAttribute("aria-label", getTranslation("market.ui.qualification.scan"));
        addQualification.setText(getTranslation("market.ui.qualification.add"));
        addQualification.setId("market-qualification-add");
        FormLayout form = new FormLayout(qualificationType, level, issuer, number, validFrom, validUntil);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        add(form, upload, scanned, addQualification);
        if (agency.status() == AgencyStatus.DRAFT || agency.status() == AgencyStatus.RETURNED) {
            submit.setText(getTranslation("market.ui.agency.submit"));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("market-agency-submit");
            add(submit);
        }
    }

    void addQualification() {
        if (scan == null) {
            Feedback.error(getTranslation("market.ui.qualification.scanMissing"));
            return;
        }
        if (validFrom.getValue() == null || validUntil.getValue() == null || qualificationType.getValue() == null) {
            Feedback.error(getTranslation("market.ui.qualification.incomplete"));
            return;
        }
        act(() -> agencies.addQualification(
                account,
                new NewQualification(
                        qualificationType.getValue(),
                        level.getValue(),
                        issuer.getValue().strip(),
                        number.getValue().strip(),
                        validFrom.getValue(),
                        validUntil.getValue()),
                scanName,
                scan));
    }

    private void signUps(Agency agency) {
        add(new H2(getTranslation("market.ui.signUp.title")));
        List<Project> open = projects.search(
                        new ProjectQuery(null, null, ProjectState.AWAITING_SELECTION, null, 0, 100))
                .rows();
        openProject.setLabel(getTranslation("market.ui.signUp.project"));
        openProject.setItems(open);
        openProject.setItemLabelGenerator(p -> p.number() + " " + p.title() + "（" + Labels.of(this, p.method()) + "）");
        openProject.setId("market-signup-project");
        bid.setLabel(getTranslation("market.ui.signUp.bid"));
        bid.setHelperText(getTranslation("market.ui.signUp.bidHelp"));
        bid.setId("market-signup-bid");
        signUp.setText(getTranslation("market.ui.signUp.submit"));
        signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signUp.setId("market-signup-submit");
        add(Labels.row(openProject, bid), signUp);
        mine.setAllRowsVisible(true);
        mine.setId("market-my-signups");
        mine.getElement().setAttribute("aria-label", getTranslation("market.ui.signUp.mine"));
        mine.setItems(projects.ownSignUps(account));
        work.setId("market-agency-work");
        add(new H2(getTranslation("market.ui.signUp.mine")), mine, work);
    }

    void signUp() {
        if (openProject.getValue() == null) {
            Feedback.error(getTranslation("market.ui.signUp.chooseProject"));
            return;
        }
        try {
            SignUp done = projects.signUp(account, openProject.getValue().id(), bid.getValue());
            Feedback.success(
                    done.valid()
                            ? getTranslation("market.ui.signUp.accepted")
                            : getTranslation("market.ui.signUp.excluded", Labels.exclusions(this, done.exclusions())));
            mine.setItems(projects.ownSignUps(account));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private void work(SignUp s) {
        Agency agency = agencies.ownAgency(account).orElse(null);
        work.removeAll();
        if (s == null || agency == null) {
            return;
        }
        Optional<Project> found = projects.find(s.projectId());
        if (found.isEmpty()) {
            return;
        }
        Project p = found.get();
        work.add(new ProjectPanel(projects, account, p, typeNames));
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        boolean won = p.winnerAgencyId() != null && p.winnerAgencyId() == agency.id();
        if (p.state() == ProjectState.PUBLICITY && !won) {
            buttons.add(button("market.ui.work.object", () -> new ReasonDialog(
                            getTranslation("market.ui.work.objectTitle", p.number()),
                            getTranslation("market.ui.work.objectExplanation"),
                            getTranslation("market.ui.work.object"),
                            text -> act(() -> projects.object(account, p.id(), text)))
                    .open()));
        }
        if (won && p.state() == ProjectState.AWAITING_CONFIRMATION) {
            buttons.add(button("market.ui.work.accept", () -> act(() -> projects.acceptWin(account, p.id()))));
            buttons.add(button("market.ui.work.refuse", () -> new ReasonDialog(
                            getTranslation("market.ui.work.refuseTitle", p.number()),
                            getTranslation("market.ui.work.refuseExplanation"),
                            getTranslation("market.ui.work.refuse"),
                            reason -> act(() -> projects.refuseWin(account, p.id(), reason)))
                    .destructive()
                    .open()));
        }
        if (won && (p.state() == ProjectState.AWAITING_CONTRACT || p.state() == ProjectState.CONTRACT_REVIEW)) {
            work.add(upload(
                    "market.ui.work.contract",
                    (file, content) -> act(() -> projects.uploadContract(account, p.id(), file, content))));
            buttons.add(button(
                    "market.ui.work.confirmContract", () -> act(() -> projects.confirmContract(account, p.id()))));
        }
        if (won && p.state() == ProjectState.IN_SERVICE) {
            work.add(upload(
                    "market.ui.work.result",
                    (file, content) -> act(() -> projects.deliver(account, p.id(), file, content))));
        }
        work.add(buttons);
    }

    private Upload upload(String labelKey, BoundedUpload.Received received) {
        Upload upload = BoundedUpload.single(
                this,
                new BoundedUpload(
                        MAX_FILE, received, file -> Feedback.error(getTranslation("market.ui.fileTooLarge", file))),
                MAX_FILE,
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

    void act(Runnable action) {
        SignUp open = mine.asSingleSelect().getValue();
        try {
            action.run();
            Feedback.success(getTranslation("market.ui.done"));
            scan = null;
            scanName = null;
            removeAll();
            add(new H1(getTranslation("market.ui.agencyDesk.menu")));
            agencies.ownAgency(account).ifPresent(this::desk);
            if (open != null) { // the project acted on stays open at its next step
                mine.getListDataView()
                        .getItems()
                        .filter(s -> s.projectId() == open.projectId())
                        .findFirst()
                        .ifPresent(mine::select);
            }
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }
}
