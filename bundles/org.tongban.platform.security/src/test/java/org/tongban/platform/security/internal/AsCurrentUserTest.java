package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.platform.security.internal.SecurityFixture.CITY;
import static org.tongban.platform.security.internal.SecurityFixture.SHIZHONG;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;

/** Work a view hands to another thread keeps the clerk who started it: permissions and audit address. */
class AsCurrentUserTest {
    private SecurityFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SecurityFixture(Backend.H2);
        fx.user("city.clerk", CITY, "clerk");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void anotherThreadRunsAsTheClerkWhoStartedIt() throws Exception {
        fx.loginAs("city.clerk");
        AuditLog.setRemoteAddress("10.1.2.3");
        AtomicReference<String> user = new AtomicReference<>();
        AtomicReference<Boolean> permitted = new AtomicReference<>();
        AtomicReference<String> address = new AtomicReference<>();
        Runnable work = fx.access.asCurrentUser(() -> {
            user.set(fx.access.currentUser().map(CurrentUser::username).orElse("nobody"));
            permitted.set(fx.access.isPermitted("notice:edit", SHIZHONG));
            address.set(AuditLog.remoteAddress());
        });
        AuditLog.clearRemoteAddress();

        Thread thread = new Thread(work);
        thread.start();
        thread.join();

        assertThat(user.get()).isEqualTo("city.clerk");
        assertThat(permitted.get()).isTrue();
        assertThat(address.get()).isEqualTo("10.1.2.3");
    }

    @Test
    void aThreadWithoutTheWrapperHasNoUser() throws Exception {
        fx.loginAs("city.clerk");
        AtomicReference<Boolean> permitted = new AtomicReference<>();
        Thread thread = new Thread(() -> permitted.set(fx.access.isPermitted("notice:edit", CITY)));
        thread.start();
        thread.join();
        assertThat(permitted.get()).isFalse();
    }
}
