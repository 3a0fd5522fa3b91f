package org.tongban.platform.notify.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.platform.notify.Notifications.ADMIN_PERMISSION;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.notify.Channel;
import org.tongban.platform.notify.Delivery;
import org.tongban.platform.notify.DeliveryState;
import org.tongban.platform.notify.DemoMessage;
import org.tongban.platform.notify.Notification;
import org.tongban.platform.notify.internal.NotifyTestAccess;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.UiTestSupport;

/** An administrator reads the outbox of their district, the demo gateway's messages, and retries dead deliveries. */
class NotifyOutboxViewTest extends UiTestSupport {
    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    private TestDatabase db;
    private NotifyTestAccess outbox;

    NotifyOutboxViewTest() {
        super("i18n/notify-ui");
    }

    @BeforeEach
    void outbox() {
        db = TestDatabase.h2("db/notify-changelog.xml");
        outbox = NotifyTestAccess.oneAttempt(db, access, new RecordingAuditLog(), jurisdictions);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void send(String jurisdiction, String code) {
        outbox.notifications()
                .send(Notification.inApp("account:1", jurisdiction, "account.resetCode", code, "10")
                        .via(Channel.SMS, "13812345678"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(NotifyOutboxView view, int index) {
        return all(view, Grid.class).get(index);
    }

    @Test
    void theDistrictAdministratorSeesItsDeliveriesAndWhatTheDemoGatewaySent() {
        outbox.addDemoGateway();
        send(LIXIA, "135790");
        send(SHIZHONG, "246802");
        outbox.notifications().deliverDue();
        access.actAs("lixia-admin", LIXIA, ADMIN_PERMISSION);

        NotifyOutboxView view = new NotifyOutboxView(outbox.notifications(), jurisdictions, access, JINAN);

        assertThat(byId(view, Paragraph.class, "notify-status").orElseThrow().getText())
                .isEqualTo("待发 0，已发 1，失败 0");
        Grid<Delivery> deliveries = grid(view, 0);
        assertThat(deliveries.getListDataView().getItems()).singleElement().satisfies(d -> assertThat(d.address())
                .isEqualTo("138****5678"));
        Grid<DemoMessage> demo = grid(view, 1);
        assertThat(demo.getListDataView().getItems()).singleElement().satisfies(m -> assertThat(m.text())
                .contains("135790"));
        assertThat(byId(view, Button.class, "notify-retry").orElseThrow().isEnabled())
                .isFalse();
    }

    @Test
    void deadDeliveriesAreCountedAndQueuedAgainByTheButton() {
        outbox.addGateway(
                message -> {
                    throw new IllegalStateException("短信平台不可用");
                },
                "SMS");
        send(LIXIA, "111111");
        outbox.notifications().deliverDue();
        access.actAs("city-admin", JINAN, ADMIN_PERMISSION);
        NotifyOutboxView view = new NotifyOutboxView(outbox.notifications(), jurisdictions, access, JINAN);
        assertThat(byId(view, Paragraph.class, "notify-status").orElseThrow().getText())
                .isEqualTo("待发 0，已发 0，失败 1");
        Grid<Delivery> deliveries = grid(view, 0);
        assertThat(deliveries.getListDataView().getItems()).singleElement().satisfies(d -> assertThat(d.lastError())
                .isEqualTo("短信平台不可用"));

        byId(view, Button.class, "notify-retry").orElseThrow().click();

        assertThat(byId(view, Paragraph.class, "notify-status").orElseThrow().getText())
                .isEqualTo("待发 1，已发 0，失败 0");
        assertThat(deliveries.getListDataView().getItems())
                .extracting(Delivery::state)
                .containsExactly(DeliveryState.PENDING);
    }
}
