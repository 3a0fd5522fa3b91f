package org.tongban.hall.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.Appointments;
import org.tongban.platform.scheduler.Job;
import org.tongban.platform.scheduler.ScheduledJob;

/** Every five minutes, once across the nodes: bookings whose slot passed without a number become no-shows. */
@Component(service = ScheduledJob.class)
@Job(name = "hall-no-shows", period = 300)
public final class NoShowJob implements ScheduledJob {
    private final Appointments appointments;

    @Activate
    public NoShowJob(@Reference Appointments appointments) {
        this.appointments = appointments;
    }

    @Override
    public void run() {
        appointments.recordNoShows();
    }
}
