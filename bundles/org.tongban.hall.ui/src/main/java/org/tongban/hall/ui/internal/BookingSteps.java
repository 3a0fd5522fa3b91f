package org.tongban.hall.ui.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hall.Appointments;
import org.tongban.hall.Hall;
import org.tongban.hall.HallAdministration;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.api.portal.NextStep;
import org.tongban.platform.api.portal.NextSteps;

/**
 * 预约 among the next steps of a matter's public page, when an open hall of the city serves the matter: it opens the
 * booking page with the matter chosen.
 */
@Component(service = NextSteps.class)
public final class BookingSteps implements NextSteps {
    static final String MESSAGES = "i18n/hall-ui";

    private final HallAdministration halls;
    private final Appointments appointments;

    @Activate
    public BookingSteps(@Reference HallAdministration halls, @Reference Appointments appointments) {
        this.halls = halls;
        this.appointments = appointments;
    }

    @Override
    public List<NextStep> forMatter(String matterCode, String matterName, Locale locale) {
        boolean served = halls.halls(null).stream()
                .filter(Hall::active)
                .anyMatch(h -> appointments.matters(h.id()).stream()
                        .anyMatch(m -> m.code().equals(matterCode)));
        if (!served) {
            return List.of();
        }
        return List.of(new NextStep(
                "/" + BookingView.ROUTE + "?" + BookingView.MATTER + "="
                        + URLEncoder.encode(matterCode, StandardCharsets.UTF_8),
                text(locale, "hall.ui.booking.step"),
                text(locale, "hall.ui.booking.step.label", matterName)));
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return LocalizedMessage.of(BookingSteps.class, MESSAGES, key, arguments).format(locale);
    }
}
