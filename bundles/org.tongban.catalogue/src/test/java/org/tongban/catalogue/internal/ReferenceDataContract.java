package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueNotFoundException;
import org.tongban.catalogue.CatalogueValidationException;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.MaterialRef;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.RecordingAuditLog;

/** Departments, FAQ entries and life events edited in the console. */
abstract class ReferenceDataContract extends CatalogueTestBase {
    private static final String LIXIA_CODE = "370102-SJJ-XK-001";
    private static final String SHIZHONG_CODE = "370103-SJJ-XK-001";

    @BeforeEach
    void twoDraftMatters() {
        departments();
        actAsCityPublisher();
        editing.saveDraft(TestMatters.licence(LIXIA_CODE, LIXIA, "370102-SJJ"), null);
        editing.saveDraft(TestMatters.licence(SHIZHONG_CODE, SHIZHONG, "370103-SJJ"), null);
        accessControl.logOut();
        auditLog.clear();
    }

    @Test
    void faqEntriesAreSavedAuditedAnnouncedAndPublicOnlyWithAPublishedMatter() {
        Faq faq = new Faq("FAQ-0001", "需要多长时间？", "<b>5</b>个工作日。", List.of(LIXIA_CODE));
        actAsLixiaEditor();
        editing.saveFaq(faq);
        editing.saveFaq(faq);

        assertThat(editing.faqs(LIXIA_CODE)).containsExactly(faq);
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .containsExactly("catalogue.faq.save");
        assertThat(heard).containsExactly("faqs " + LIXIA_CODE);
        assertThat(catalogue.faqs(LIXIA_CODE)).isEmpty();

        editing.submit(LIXIA_CODE, null);
        actAsCityPublisher();
        editing.publish(LIXIA_CODE, null);
        accessControl.logOut();
        assertThat(catalogue.faqs(LIXIA_CODE)).containsExactly(faq);
    }

    @Test
    void anEditorMayNotLinkOrDeleteTheFaqsOfAnotherDistrict() {
        actAsShizhongEditor();
        editing.saveFaq(new Faq("FAQ-0002", "可以代办吗？", "可以。", List.of(SHIZHONG_CODE)));

        actAsLixiaEditor();
        assertThatThrownBy(() -> editing.saveFaq(new Faq("FAQ-0003", "问", "答", List.of(LIXIA_CODE, SHIZHONG_CODE))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.saveFaq(new Faq("FAQ-0002", "改到历下区", "答", List.of(LIXIA_CODE))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.deleteFaq("FAQ-0002")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.faqs(SHIZHONG_CODE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.deleteFaq("FAQ-9999"))
                .isInstanceOf(CatalogueNotFoundException.class)
                .hasMessage("问答「FAQ-9999」不存在");

        actAsShizhongEditor();
        heard.clear();
        editing.deleteFaq("FAQ-0002");
        assertThat(editing.faqs(SHIZHONG_CODE)).isEmpty();
        assertThat(heard).containsExactly("faqs " + SHIZHONG_CODE);
    }

    @Test
    void aLifeEventMustReferToExistingMattersAndMaterials() {
        LifeEvent event = lifeEvent(LIXIA, "不存在的材料");
        actAsLixiaEditor();

        assertThatThrownBy(() -> editing.saveLifeEvent(event))
                .isInstanceOfSatisfying(CatalogueValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::toString)
                        .containsExactly("questions[0].options[0].addMaterials[0].material：事项「" + LIXIA_CODE
                                + "」没有名为「不存在的材料」的材料"));
        assertThat(editing.lifeEvents(LIXIA)).isEmpty();

        LifeEvent valid = lifeEvent(LIXIA, "房屋租赁合同");
        editing.saveLifeEvent(valid);
        assertThat(editing.lifeEvents(LIXIA)).containsExactly(valid);
        assertThat(catalogue.lifeEvent("LE-CANYIN")).contains(valid);
    }

    @Test
    void lifeEventsAndDepartmentsBelongToTheirJurisdiction() {
        actAsLixiaEditor();
        assertThatThrownBy(() -> editing.saveLifeEvent(lifeEvent(JINAN, "房屋租赁合同")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.saveDepartment(new Department("370103-GAJ", "市中区公安分局", SHIZHONG, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.saveDepartment(new Department("部门 1", " ", "999999", null)))
                .isInstanceOfSatisfying(CatalogueValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::toString)
                        .containsExactly(
                                "code：编码「部门 1」只能包含字母、数字、点、横线和下划线", "name：不能为空", "jurisdiction：行政区划代码「999999」不存在"));
        editing.saveDepartment(new Department("370102-GAJ", "历下区公安分局", LIXIA, "0531-1"));
        assertThat(editing.departments(LIXIA)).extracting(Department::code).containsExactly("370102-GAJ", "370102-SJJ");

        actAsCityPublisher();
        editing.saveLifeEvent(lifeEvent(JINAN, "房屋租赁合同"));
        assertThatThrownBy(() -> editing.deleteLifeEvent("LE-NOPE")).isInstanceOf(CatalogueNotFoundException.class);
        editing.deleteLifeEvent("LE-CANYIN");
        assertThat(catalogue.lifeEvent("LE-CANYIN")).isEmpty();
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .contains("catalogue.department.save", "catalogue.lifeEvent.save", "catalogue.lifeEvent.delete");
    }

    private static LifeEvent lifeEvent(String jurisdiction, String material) {
        return new LifeEvent(
                "LE-CANYIN",
                "我要开餐馆",
                jurisdiction,
                ServedAudience.LEGAL_PERSON,
                null,
                List.of(LIXIA_CODE),
                List.of(new SituationQuestion(
                        "Q1",
                        "经营场所是否为租赁？",
                        List.of(
                                new SituationOption(
                                        "Y", "是", List.of(), List.of(new MaterialRef(LIXIA_CODE, material)), List.of()),
                                new SituationOption("N", "否", List.of(), List.of(), List.of())))));
    }
}
