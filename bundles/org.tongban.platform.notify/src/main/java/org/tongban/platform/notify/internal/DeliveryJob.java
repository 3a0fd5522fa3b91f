package org.tongban.platform.notify.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.notify.Notifications;
import org.tongban.platform.scheduler.Job;
import org.tongban.platform.scheduler.ScheduledJob;

/** Hands due deliveries to the gateways every ten seconds, on one node of the cluster at a time. */
@Component(service = ScheduledJob.class)
@Job(name = DeliveryJob.NAME, period = 10)
public final class DeliveryJob implements ScheduledJob {
    static final String NAME = "notify-delivery";

    private final Notifications notifications;

    @Activate
    public DeliveryJob(@Reference Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void run() {
        notifications.deliverDue();
    }
}
