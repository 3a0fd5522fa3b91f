package org.tongban.hotline.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hotline.CitizenTicket;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.internal.HotlineForPortal;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.ui.UiTestSupport;

/** 12345留言 on the hotline's real services over H2: signed in, anonymous, refused next to the field. */
class FileTicketViewTest extends UiTestSupport {
    static final String NOISE = "泉城路188号楼下的烧烤店每晚营业到凌晨两点，噪音很大，影响休息。";

    private HotlineForPortal hotline;

    FileTicketViewTest() {
        super("i18n/hotline-portal", "i18n/hotline-messages");
    }

    @BeforeEach
    void open() {
        hotline = new HotlineForPortal(TestDatabase.h2("db/hotline-with-platform.xml"));
    }

    @AfterEach
    void close() {
        AuditLog.clearRemoteAddress();
        hotline.close();
    }

    private FileTicketView view() {
        return new FileTicketView(hotline.citizens(), hotline.jurisdictions(), Jinan.JINAN);
    }

    private static void fill(FileTicketView view, TicketType type, String text) {
        view.form.type.setValue(type);
        view.form.address.setValue("历下区泉城路188号");
        view.form.place.select(Jinan.JIEFANGLU);
        view.form.description.setValue(text);
    }

    @Test
    void aSignedInCitizenFilesAndSeesTheNumberThatIsInTheirList() {
        CitizenSession.signIn(new CitizenSession.Citizen(41, "李女士"));
        FileTicketView view = view();
        assertThat(byId(view, com.vaadin.flow.component.textfield.TextField.class, "hotline-phone"))
                .isEmpty();
        fill(view, TicketType.COMPLAINT, NOISE);
        assertThat(view.form.description.getHelperText()).isEqualTo("已输入 " + NOISE.length() + " / 4000 字");

        view.submit();

        CitizenTicket mine = hotline.citizens().tickets(41, 10).getFirst();
        assertThat(text(view.result)).contains("诉求已提交，工单编号：" + mine.number(), "查看办理进度");
        assertThat(view.result.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(mine.description()).isEqualTo(NOISE);
        assertThat(mine.channel()).isEqualTo(org.tongban.hotline.Channel.PORTAL);
    }

    @Test
    void aReportIsAlwaysConfidential() {
        CitizenSession.signIn(new CitizenSession.Citizen(41, "李女士"));
        FileTicketView view = view();
        fill(view, TicketType.REPORT, "某工地夜间偷排泥浆进入雨水管道。");
        assertThat(view.form.confidential.getValue()).isTrue();
        assertThat(view.form.confidential.isReadOnly()).isTrue();
        view.form.type.setValue(TicketType.SUGGESTION);
        assertThat(view.form.confidential.isReadOnly()).isFalse();
        view.form.type.setValue(TicketType.REPORT);

        view.submit();

        String number = hotline.citizens().tickets(41, 10).getFirst().number();
        assertThat(hotline.confidential(number)).isTrue();
    }

    @Test
    void refusalsAreShownInChineseNextToTheirFieldAndNothingIsStored() {
        CitizenSession.signIn(new CitizenSession.Citizen(41, "李女士"));
        FileTicketView view = view();
        fill(view, TicketType.COMPLAINT, "  ");

        view.submit();
        assertThat(view.form.description.isInvalid()).isTrue();
        assertThat(view.form.description.getErrorMessage()).isEqualTo("请填写诉求内容");

        view.form.type.clear();
        view.form.description.setValue(NOISE);
        view.submit();
        assertThat(view.form.type.isInvalid()).isTrue();
        assertThat(view.form.description.isInvalid()).isFalse();
        assertThat(view.form.type.getErrorMessage()).isEqualTo("请选择诉求类型");
        assertThat(hotline.citizens().tickets(41, 10)).isEmpty();
    }

    @Test
    void anAnonymousVisitorGetsTheWebFormLimitedPerAddress() {
        CitizenSession.signOut();
        AuditLog.setRemoteAddress("203.0.113.7");
        FileTicketView view = view();
        assertThat(text(view)).contains("您未登录，可以匿名留言");
        assertThat(byId(view, com.vaadin.flow.component.textfield.TextField.class, "hotline-phone"))
                .isPresent();

        String last = "";
        for (int i = 0; i < 5; i++) {
            fill(view, TicketType.HELP, "小区路灯坏了一个月没人修，晚上出行不便。" + i);
            view.form.phone.setValue("13905310001");
            view.submit();
            last = text(view.result);
            assertThat(last).contains("诉求已提交，工单编号：", "请记下工单编号");
        }
        fill(view, TicketType.HELP, "第六次留言");
        view.submit();

        assertThat(text(view.result)).contains("提交过于频繁：同一网络地址每小时至多提交 5 件");
        assertThat(last).doesNotContain("查看办理进度");
    }
}
