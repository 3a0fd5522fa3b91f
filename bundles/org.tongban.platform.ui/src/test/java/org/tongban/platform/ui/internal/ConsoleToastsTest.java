package org.tongban.platform.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.tongban.platform.api.ui.ConsoleNotices;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.UiTestSupport;

/** A console notice reaches an open console as a toast, only for a user holding its permission. */
class ConsoleToastsTest extends UiTestSupport {
    private final FakeAccessControl access = new FakeAccessControl(new TestJurisdictions());
    private final ConsoleToasts toasts = new ConsoleToasts(access);

    @Test
    void aPermittedUserSeesTheNoticeAndOthersDoNot() {
        access.actAs("lixia-clerk", TestJurisdictions.LIXIA.code(), "worktime:read");
        Component anchor = toasts.createComponent();
        ui.add(anchor);
        assertThat(toasts.openConsoles()).isEqualTo(1);

        toasts.handleEvent(notice("2027年法定节假日数据已导入", "worktime:read", null));
        toasts.handleEvent(notice("只给审计员看", "audit:read", null));
        toasts.handleEvent(notice("市中区的通知", "worktime:read", TestJurisdictions.SHIZHONG.code()));
        roundTrip();

        assertThat(all(ui, Notification.class))
                .extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("2027年法定节假日数据已导入");
    }

    @Test
    void aClosedConsoleHearsNothingMore() {
        access.actAs("lixia-clerk", TestJurisdictions.LIXIA.code(), "worktime:read");
        Component anchor = toasts.createComponent();
        ui.add(anchor);
        ui.remove(anchor);

        toasts.handleEvent(notice("迟到的通知", "", null));

        assertThat(toasts.openConsoles()).isZero();
        assertThat(all(ui, Notification.class)).isEmpty();
    }

    private static Event notice(String text, String permission, String jurisdiction) {
        Map<String, Object> properties = ConsoleNotices.of(text, permission, jurisdiction);
        return new Event(ConsoleNotices.TOPIC, properties);
    }
}
