package org.tongban.platform.notify.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.notify.Delivery;
import org.tongban.platform.notify.DeliveryState;
import org.tongban.platform.notify.DemoMessage;
import org.tongban.platform.notify.Notifications;
import org.tongban.platform.notify.OutboxStatus;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;
import org.tongban.platform.ui.StatusBadge;

/**
 * The outbox of a jurisdiction the administrator holds {@code notify:admin} for: counts, the latest deliveries with
 * their errors, a retry of the dead ones, and what the demo gateway "sent".
 */
public final class NotifyOutboxView extends VerticalLayout {
    private static final int SHOWN = 100;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifications notifications;
    private final JurisdictionField jurisdiction;
    private final Paragraph status = new Paragraph();
    private final Button retry = new Button();
    private final Grid<Delivery> deliveries = new Grid<>(Delivery.class, false);
    private final Grid<DemoMessage> demo = new Grid<>(DemoMessage.class, false);
    private final Paragraph demoEmpty = new Paragraph();

    public NotifyOutboxView(
            Notifications notifications, Jurisdictions jurisdictions, AccessControl access, String rootJurisdiction) {
        this.notifications = notifications;
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(rootJurisdiction);
        jurisdiction = new JurisdictionField(
                getTranslation("notify.jurisdiction"),
                JurisdictionChoices.below(
                        jurisdictions, home, j -> access.isPermitted(Notifications.ADMIN_PERMISSION, j.code())));
        jurisdiction.addValueChangeListener(event -> refresh());

        status.setId("notify-status");
        status.getElement().setAttribute("role", "status");
        retry.setText(getTranslation("notify.retry"));
        retry.setId("notify-retry");
        retry.addClickListener(click -> retryDead());

        deliveryColumns();
        demoColumns();
        demoEmpty.setText(getTranslation("notify.demo.empty"));

        add(
                new H1(getTranslation("notify.menu")),
                jurisdiction,
                status,
                retry,
                new H3(getTranslation("notify.deliveries")),
                deliveries,
                new H3(getTranslation("notify.demo")),
                new Paragraph(getTranslation("notify.demo.explanation")),
                demoEmpty,
                demo);
        setMaxWidth("90rem");
        jurisdiction.selectOrFirst(home);
    }

    private void deliveryColumns() {
        deliveries.setAriaLabel(getTranslation("notify.deliveries"));
        deliveries
                .addColumn(d -> time(d.createdAt()))
                .setHeader(getTranslation("notify.column.created"))
                .setAutoWidth(true);
        deliveries
                .addColumn(d -> getTranslation("notify.channel." + d.channel()))
                .setHeader(getTranslation("notify.column.channel"))
                .setAutoWidth(true);
        deliveries
                .addColumn(Delivery::address)
                .setHeader(getTranslation("notify.column.address"))
                .setAutoWidth(true);
        deliveries
                .addColumn(Delivery::template)
                .setHeader(getTranslation("notify.column.template"))
                .setAutoWidth(true);
        deliveries
                .addComponentColumn(d -> new StatusBadge(getTranslation("notify.state." + d.state()), tone(d.state())))
                .setHeader(getTranslation("notify.column.state"))
                .setAutoWidth(true);
        deliveries
                .addColumn(Delivery::attempts)
                .setHeader(getTranslation("notify.column.attempts"))
                .setAutoWidth(true);
        deliveries
                .addColumn(Delivery::lastError)
                .setHeader(getTranslation("notify.column.error"))
                .setFlexGrow(1);
        deliveries.setAllRowsVisible(true);
    }

    private void demoColumns() {
        demo.setAriaLabel(getTranslation("notify.demo"));
        demo.addColumn(m -> time(m.sentAt()))
                .setHeader(getTranslation("notify.column.created"))
                .setAutoWidth(true);
        demo.addColumn(m -> getTranslation("notify.channel." + m.channel()))
                .setHeader(getTranslation("notify.column.channel"))
                .setAutoWidth(true);
        demo.addColumn(DemoMessage::address)
                .setHeader(getTranslation("notify.column.address"))
                .setAutoWidth(true);
        demo.addColumn(DemoMessage::subject)
                .setHeader(getTranslation("notify.column.subject"))
                .setAutoWidth(true);
        demo.addColumn(DemoMessage::text)
                .setHeader(getTranslation("notify.column.text"))
                .setFlexGrow(1);
        demo.setAllRowsVisible(true);
    }

    private static StatusBadge.Tone tone(DeliveryState state) {
        return switch (state) {
            case PENDING -> StatusBadge.Tone.WARNING;
            case SENT -> StatusBadge.Tone.SUCCESS;
            case DEAD -> StatusBadge.Tone.DANGER;
        };
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private void retryDead() {
        Jurisdiction where = jurisdiction.getValue();
        if (where == null) {
            return;
        }
        try {
            Feedback.success(getTranslation("notify.retried", notifications.retryDead(where.code())));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        refresh();
    }

    private void refresh() {
        Jurisdiction where = jurisdiction.getValue();
        if (where == null) {
            deliveries.setItems(List.of());
            demo.setItems(List.of());
            return;
        }
        try {
            OutboxStatus counts = notifications.status(where.code());
            status.setText(getTranslation("notify.status", counts.pending(), counts.sent(), counts.dead()));
            retry.setEnabled(counts.dead() > 0);
            deliveries.setItems(notifications.deliveries(where.code(), null, SHOWN));
            List<DemoMessage> sent = notifications.demoMessages(where.code(), SHOWN);
            demo.setItems(sent);
            demo.setVisible(!sent.isEmpty());
            demoEmpty.setVisible(sent.isEmpty());
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }
}
