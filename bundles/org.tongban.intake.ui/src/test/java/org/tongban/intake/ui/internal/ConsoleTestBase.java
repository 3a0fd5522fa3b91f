package org.tongban.intake.ui.internal;

import static org.tongban.intake.ui.internal.DeskCatalogue.FOOD_LICENCE;
import static org.tongban.intake.ui.internal.DeskCatalogue.MARKET;

import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.tongban.intake.ApplicantKind;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.IntakeCase;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.ui.UiTestSupport;

/** A fixture per test, the window clerk signed in, and the steps the console's tests share. */
abstract class ConsoleTestBase extends UiTestSupport {
    static final String COMPANY_CODE = "91370102MA3C4K5L67";
    ConsoleFixture f;

    ConsoleTestBase() {
        super("i18n/intake-ui");
    }

    abstract TestDatabase open();

    @BeforeEach
    void openFixture() {
        f = new ConsoleFixture(open());
        f.asWindowClerk();
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    WindowDeskView desk() {
        return new WindowDeskView(f.service, f.catalogue, f.access, f.files);
    }

    CasePage page(String number) {
        CasePage page = new CasePage(
                f.service,
                f.queries,
                f.access,
                f.jurisdictions,
                new ClockBadges(f.clocks, java.time.Clock.systemUTC()),
                f.service,
                f.files,
                f.clocks.pauseKinds());
        page.open(number);
        return page;
    }

    /** Matter, situation answer and a company as applicant: the wizard stands at the checklist. */
    static void walkToChecklist(WindowDeskView desk, String matter, String answer) {
        desk.matterStep().choose(matter);
        desk.nextButton().click();
        desk.situationStep().questionFields().getFirst().setValue(option(answer));
        desk.nextButton().click();
        desk.applicantStep().kind.setValue(ApplicantKind.LEGAL_PERSON);
        desk.applicantStep().name.setValue("济南泉城餐饮管理有限公司");
        desk.applicantStep().identifier.setValue(COMPANY_CODE);
        desk.nextButton().click();
    }

    static org.tongban.catalogue.SituationOption option(String code) {
        return new DeskCatalogue()
                .lifeEvents(null).getFirst().questions().getFirst().options().stream()
                        .filter(o -> o.code().equals(code))
                        .findFirst()
                        .orElseThrow();
    }

    IntakeCase acceptedCase() {
        f.asWindowClerk();
        WindowDeskView desk = desk();
        walkToChecklist(desk, FOOD_LICENCE, "no");
        desk.nextButton().click();
        desk.submit();
        return f.queries.departmentQueue(MARKET, 0, 50).items().getLast();
    }

    IntakeCase onlyCase() {
        f.asWindowClerk();
        String number = f.db.transactions()
                .read(c -> org.tongban.platform.api.jdbc.Jdbc.one(
                        c, "SELECT case_number FROM intake_case", r -> r.getString(1)))
                .orElseThrow();
        return f.queries.find(number).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<ChecklistItem> checklist(CasePage page) {
        return all(page, com.vaadin.flow.component.grid.Grid.class).stream()
                .filter(g -> "intake-checklist".equals(g.getId().orElse(null)))
                .findFirst()
                .map(g -> (List<ChecklistItem>) g.getListDataView().getItems().toList())
                .orElseThrow();
    }

    static List<String> stepButtons(CasePage page) {
        return all(page, Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("intake-step-"))
                .map(Button::getText)
                .toList();
    }

    static Button button(CasePage page, String id) {
        return byId(page, Button.class, id).orElseThrow(() -> new AssertionError("no button " + id));
    }
}
