package org.tongban.platform.notify.internal;

import java.util.ArrayList;
import java.util.List;
import org.tongban.platform.notify.NotificationGateway;
import org.tongban.platform.notify.OutgoingMessage;

/** An SMS provider that is down until told otherwise, and remembers every message it accepted. */
final class FlakyGateway implements NotificationGateway {
    private final List<OutgoingMessage> accepted = new ArrayList<>();
    private boolean down;
    private int refused;

    FlakyGateway down(boolean isDown) {
        this.down = isDown;
        return this;
    }

    @Override
    public synchronized void send(OutgoingMessage message) {
        if (down) {
            refused++;
            throw new IllegalStateException("短信平台连接超时");
        }
        accepted.add(message);
    }

    synchronized List<OutgoingMessage> accepted() {
        return List.copyOf(accepted);
    }

    synchronized int refused() {
        return refused;
    }
}
