package org.tongban.credit.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.credit.CreditRecords.DECIDE_PERMISSION;
import static org.tongban.credit.CreditRecords.READ_PERMISSION;
import static org.tongban.credit.CreditRecords.RECORD_PERMISSION;
import static org.tongban.testing.Jinan.LIXIA;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.credit.AppealState;
import org.tongban.credit.CreditRecord;
import org.tongban.credit.CreditType;
import org.tongban.credit.NewCreditRecord;
import org.tongban.platform.ui.ReasonDialog;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.UiTestSupport;

/** A clerk finds an applicant's records, records an appeal and the chief decides it. */
class CreditRecordsViewTest extends UiTestSupport {
    private static final String PERSON = "370102199003071238";
    private final FakeAccessControl access = new FakeAccessControl(new TestJurisdictions());
    private final InMemoryCredit credit = new InMemoryCredit(access);

    CreditRecordsViewTest() {
        super("i18n/credit-ui");
    }

    @BeforeEach
    void oneRecord() {
        credit.record(new NewCreditRecord(
                PERSON,
                CreditType.BROKEN_PLEDGE,
                "SL370102-20260110-0007",
                "容缺材料逾期未补齐",
                LIXIA,
                LocalDate.now().minusDays(10),
                null));
    }

    private CreditRecordsView searched(String identifier) {
        CreditRecordsView view = new CreditRecordsView(credit, access);
        byId(view, TextField.class, "credit-applicant").orElseThrow().setValue(identifier);
        byId(view, Button.class, "credit-search").orElseThrow().click();
        return view;
    }

    @SuppressWarnings("unchecked")
    private static Grid<CreditRecord> grid(CreditRecordsView view) {
        return all(view, Grid.class).getFirst();
    }

    @Test
    void theClerkSeesTheRecordsMaskedAndWhetherOneIsInForce() {
        access.actAs("lixia-window", LIXIA, READ_PERMISSION);

        CreditRecordsView view = searched(PERSON);

        assertThat(byId(view, Paragraph.class, "credit-verdict").orElseThrow().getText())
                .isEqualTo("该申请人当前有有效的不良信用记录，不得适用容缺受理");
        assertThat(grid(view).getListDataView().getItems())
                .singleElement()
                .extracting(CreditRecord::applicant, CreditRecord::type)
                .containsExactly("370102********1238", CreditType.BROKEN_PLEDGE);
        assertThat(view.actions(credit.records(PERSON).getFirst()).getComponentCount())
                .as("no buttons without the permission to change")
                .isZero();
    }

    @Test
    void aMalformedIdentifierIsRefusedAndNothingIsShown() {
        access.actAs("lixia-window", LIXIA, READ_PERMISSION);

        CreditRecordsView view = searched("370102199003071234");

        assertThat(grid(view).isVisible()).isFalse();
        assertThat(byId(view, Paragraph.class, "credit-verdict").orElseThrow().getText())
                .isEmpty();
    }

    @Test
    void anAppealIsLodgedThenRevokedAndTheApplicantIsClear() {
        access.actAs("lixia-chief", LIXIA, READ_PERMISSION, RECORD_PERMISSION, DECIDE_PERMISSION);
        CreditRecordsView view = searched(PERSON);

        byId(view.actions(credit.records(PERSON).getFirst()), Button.class, "lodge-1")
                .orElseThrow()
                .click();
        roundTrip();
        ReasonDialog lodge = all(ui, ReasonDialog.class).getLast();
        lodge.reasonField().setValue("材料已按期邮寄，有邮单");
        lodge.confirm();
        assertThat(credit.records(PERSON).getFirst().appeal()).isEqualTo(AppealState.LODGED);

        byId(view.actions(credit.records(PERSON).getFirst()), Button.class, "revoke-1")
                .orElseThrow()
                .click();
        roundTrip();
        ReasonDialog revoke = all(ui, ReasonDialog.class).getLast();
        revoke.reasonField().setValue("邮单属实");
        revoke.confirm();

        assertThat(credit.records(PERSON).getFirst().appeal()).isEqualTo(AppealState.REVOKED);
        assertThat(byId(view, Paragraph.class, "credit-verdict").orElseThrow().getText())
                .isEqualTo("该申请人当前没有有效的不良信用记录");
    }
}
