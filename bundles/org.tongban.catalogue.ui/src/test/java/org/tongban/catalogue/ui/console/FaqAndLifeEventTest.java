package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.MaterialRef;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.ui.fixtures.Samples;
import org.tongban.testing.FakeAccessControl;

/** FAQ entries are edited in the matter's editor; life events in their own page, keeping their questions. */
class FaqAndLifeEventTest extends ConsoleTestSupport {
    private static final String CODE = "370102-SJJ-XK-001";

    @Test
    @SuppressWarnings("unchecked")
    void anEditorAddsAFaqToTheMatterAndDeletesIt() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        FaqSection faqs = new FaqSection(editing, CODE, true);
        ui.add(faqs);

        byId(faqs, Button.class, "catalogue-faq-add").orElseThrow().click();
        roundTrip();
        FormDialog dialog = all(ui, FormDialog.class).getFirst();
        byId(dialog, TextField.class, "catalogue-faq-code").orElseThrow().setValue("FAQ-0001");
        byId(dialog, TextField.class, "catalogue-faq-question").orElseThrow().setValue("租赁场所需要什么材料？");
        byId(dialog, TextArea.class, "catalogue-faq-answer").orElseThrow().setValue("需提供房屋租赁合同。");
        footerButton(dialog, "catalogue-dialog-ok").click();

        assertThat(editing.faqs(CODE)).containsExactly(new Faq("FAQ-0001", "租赁场所需要什么材料？", "需提供房屋租赁合同。", List.of(CODE)));
        Grid<Faq> grid = all(faqs, Grid.class).getFirst();
        assertThat(grid.getListDataView().getItems()).hasSize(1);

        faqs.remove(editing.faqs(CODE).getFirst());
        assertThat(editing.faqs(CODE)).isEmpty();
        assertThat(grid.getListDataView().getItems()).isEmpty();
    }

    @Test
    void aRefusalStaysInTheDialogNextToTheFieldItNames() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.DRAFT);
        FaqSection faqs = new FaqSection(editing, CODE, true);
        ui.add(faqs);
        byId(faqs, Button.class, "catalogue-faq-add").orElseThrow().click();
        roundTrip();
        FormDialog dialog = all(ui, FormDialog.class).getFirst();
        byId(dialog, TextField.class, "catalogue-faq-code").orElseThrow().setValue("FAQ-0002");
        byId(dialog, TextField.class, "catalogue-faq-question").orElseThrow().setValue("要带身份证吗？");
        TextField matters =
                byId(dialog, TextField.class, "catalogue-faq-matters").orElseThrow();
        matters.setValue(CODE + "、370199-NO-SUCH");

        footerButton(dialog, "catalogue-dialog-ok").click();

        assertThat(dialog.isOpened())
                .as("the clerk corrects the input where it is")
                .isTrue();
        assertThat(dialog.failure()).contains("关联的事项不存在：370199-NO-SUCH");
        assertThat(editing.faqs(CODE)).isEmpty();

        dialog.fail(new org.tongban.catalogue.CatalogueValidationException(List.of(
                new org.tongban.catalogue.ValidationError("matters[1]", "事项「370199-NO-SUCH」不存在"),
                new org.tongban.catalogue.ValidationError("", "问答编码已被占用"))));
        assertThat(matters.isInvalid()).isTrue();
        assertThat(matters.getErrorMessage()).isEqualTo("事项「370199-NO-SUCH」不存在");
        assertThat(dialog.failure()).isEqualTo("问答编码已被占用");

        matters.setValue(CODE);
        footerButton(dialog, "catalogue-dialog-ok").click();
        assertThat(matters.isInvalid())
                .as("a new attempt clears the earlier marks")
                .isFalse();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(editing.faqs(CODE)).hasSize(1);
    }

    @Test
    void aReaderSeesFaqsWithoutButtons() {
        FakeAccessControl reader =
                new FakeAccessControl(jurisdictions).actAs("auditor", "370100").grant("catalogue:read");
        FakeEditing editing = new FakeEditing(reader).with(Samples.foodLicence(), GuideStatus.DRAFT);
        editing.faqs.put("FAQ-1", new Faq("FAQ-1", "问", "答", List.of(CODE)));

        FaqSection faqs = new FaqSection(editing, CODE, false);

        assertThat(shown(byId(faqs, Button.class, "catalogue-faq-add").orElseThrow()))
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void editingALifeEventKeepsItsSituationQuestions() {
        FakeAccessControl clerk = cityPublisher();
        FakeEditing editing = new FakeEditing(clerk);
        SituationQuestion rented = new SituationQuestion(
                "Q1",
                "经营场所是否为租赁？",
                List.of(new SituationOption("Y", "是", List.of(), List.of(new MaterialRef(CODE, "房屋租赁合同")), List.of())));
        editing.lifeEvents.put(
                "LE-CANYIN",
                new LifeEvent(
                        "LE-CANYIN",
                        "我要开餐馆",
                        "370100",
                        ServedAudience.LEGAL_PERSON,
                        "",
                        List.of(CODE),
                        List.of(rented)));
        LifeEventView view = new LifeEventView(services(editing, clerk));
        ui.add(view);
        Grid<LifeEvent> grid = byId(view, Grid.class, "catalogue-life-events").orElseThrow();
        assertThat(grid.getListDataView().getItems())
                .extracting(LifeEvent::name)
                .containsExactly("我要开餐馆");

        view.edit(grid.getListDataView().getItems().findFirst().orElseThrow());
        roundTrip();
        FormDialog dialog = all(ui, FormDialog.class).getFirst();
        byId(dialog, TextField.class, "catalogue-life-event-name").orElseThrow().setValue("我要开饭店");
        footerButton(dialog, "catalogue-dialog-ok").click();

        LifeEvent saved = editing.lifeEvents.get("LE-CANYIN");
        assertThat(saved.name()).isEqualTo("我要开饭店");
        assertThat(saved.questions()).containsExactly(rented);
        assertThat(saved.matterCodes()).containsExactly(CODE);
    }
}
