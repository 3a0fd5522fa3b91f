package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.tongban.hall.Appointments;
import org.tongban.hall.Booking;
import org.tongban.hall.BookingState;
import org.tongban.hall.Hall;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.ServedMatter;
import org.tongban.hall.Slot;
import org.tongban.hall.WindowGroup;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.ui.Feedback;

/** {@code /hall/booking}: a signed-in citizen books a slot of a hall for a matter, sees and cancels their bookings. */
public final class BookingView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "hall/booking";
    /** Query parameter: the code of the matter to book (a guide's 预约 link), chosen with the first hall serving it. */
    static final String MATTER = "matter";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final HallAdministration halls;
    private final Appointments appointments;
    private final ComboBox<Hall> hall = new ComboBox<>();
    private final ComboBox<ServedMatter> matter = new ComboBox<>();
    private final ComboBox<WindowGroup> group = new ComboBox<>();
    private final DatePicker day = new DatePicker();
    private final Grid<Slot> slots = new Grid<>();
    private final Grid<Booking> mine = new Grid<>();
    private final Paragraph confirmation = new Paragraph();
    private long account;

    public BookingView(HallAdministration halls, Appointments appointments) {
        this.halls = halls;
        this.appointments = appointments;
        addClassName("hall-booking");
        hall.setId("hall-booking-hall");
        matter.setId("hall-booking-matter");
        group.setId("hall-booking-group");
        day.setId("hall-booking-day");
        slots.setId("hall-booking-slots");
        mine.setId("hall-booking-mine");
        // The confirmation stays on the page (a notification fades) and is read out when it appears.
        confirmation.setId("hall-booking-confirmation");
        confirmation.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        add(new H2(getTranslation("hall.ui.booking.title")));
        if (citizen.isEmpty()) {
            add(
                    new Paragraph(getTranslation("hall.ui.booking.signIn")),
                    new Anchor(
                            CitizenSession.SIGN_IN_ROUTE + "?" + CitizenSession.NEXT_PARAMETER + "=" + ROUTE,
                            getTranslation("hall.ui.booking.signInLink")));
            return;
        }
        account = citizen.get().accountId();
        hall.setLabel(getTranslation("hall.ui.hall"));
        hall.setItems(halls.halls(null).stream().filter(Hall::active).toList());
        hall.setItemLabelGenerator(h -> h.name() + (h.address() == null ? "" : "（" + h.address() + "）"));
        matter.setLabel(getTranslation("hall.ui.matter"));
        matter.setItemLabelGenerator(ServedMatter::name);
        group.setLabel(getTranslation("hall.ui.group"));
        group.setItemLabelGenerator(WindowGroup::name);
        day.setLabel(getTranslation("hall.ui.booking.day"));
        day.setValue(LocalDate.now(ZONE));
        for (var field : List.of(hall, matter, group)) {
            field.setWidthFull();
            field.setMaxWidth("28em");
        }
        hall.addValueChangeListener(e -> matter.setItems(
                e.getValue() == null
                        ? List.of()
                        : appointments.matters(e.getValue().id())));
        matter.addValueChangeListener(e -> {
            List<WindowGroup> groups = hall.getValue() == null || e.getValue() == null
                    ? List.of()
                    : appointments.groupsFor(hall.getValue().id(), e.getValue().code());
            group.setItems(groups);
            if (!groups.isEmpty()) {
                group.setValue(groups.getFirst());
            }
        });
        group.addValueChangeListener(e -> showSlots());
        day.addValueChangeListener(e -> showSlots());

        slots.addColumn(s -> TIME.format(s.startsAt().atZone(ZONE)) + "–"
                        + TIME.format(s.endsAt().atZone(ZONE)).substring(6))
                .setHeader(getTranslation("hall.ui.booking.time"));
        slots.addColumn(Slot::remaining).setHeader(getTranslation("hall.ui.booking.remaining"));
        slots.addComponentColumn(s -> {
            Button book = new Button(getTranslation("hall.ui.booking.book"), e -> book(s));
            book.setEnabled(s.remaining() > 0);
            book.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "hall.ui.booking.bookAt",
                                    TIME.format(s.startsAt().atZone(ZONE))));
            return book;
        });
        slots.setAllRowsVisible(true);
        slots.setAriaLabel(getTranslation("hall.ui.booking.slots"));

        mine.addColumn(Booking::code).setHeader(getTranslation("hall.ui.booking.code"));
        mine.addColumn(b -> b.hallName() + " " + b.matterName()).setHeader(getTranslation("hall.ui.matter"));
        mine.addColumn(b -> TIME.format(b.startsAt().atZone(ZONE))).setHeader(getTranslation("hall.ui.booking.time"));
        mine.addColumn(b -> getTranslation("hall.ui.booking.state." + b.state()))
                .setHeader(getTranslation("hall.ui.booking.state"));
        mine.addComponentColumn(b -> {
            Button cancel = new Button(getTranslation("hall.ui.booking.cancel"), e -> cancel(b));
            cancel.setVisible(b.state() == BookingState.BOOKED);
            cancel.getElement().setAttribute("aria-label", getTranslation("hall.ui.booking.cancelCode", b.code()));
            return cancel;
        });
        mine.setAllRowsVisible(true);
        mine.setAriaLabel(getTranslation("hall.ui.booking.mine"));

        appointments
                .blockedUntil(account)
                .ifPresent(until -> add(new Paragraph(getTranslation(
                        "hall.ui.booking.blocked", until.atZone(ZONE).toLocalDate()))));
        confirmation.setText("");
        choose(event.getLocation()
                .getQueryParameters()
                .getSingleParameter(MATTER)
                .orElse(""));
        add(hall, matter, group, day, slots, confirmation, new H3(getTranslation("hall.ui.booking.mine")), mine);
        showMine();
    }

    private void choose(String matterCode) {
        if (matterCode.isBlank()) {
            return;
        }
        for (Hall open : halls.halls(null).stream().filter(Hall::active).toList()) {
            Optional<ServedMatter> served = appointments.matters(open.id()).stream()
                    .filter(m -> m.code().equals(matterCode))
                    .findFirst();
            if (served.isPresent()) {
                hall.setValue(open);
                matter.setValue(served.get());
                return;
            }
        }
    }

    private void showSlots() {
        if (group.getValue() == null || day.getValue() == null) {
            slots.setItems(List.of());
            return;
        }
        slots.setItems(appointments.slots(group.getValue().id(), day.getValue(), day.getValue()));
    }

    private void book(Slot slot) {
        try {
            Booking booking = appointments.book(
                    account,
                    slot.id(),
                    matter.getValue() == null ? null : matter.getValue().code());
            confirmation.setText(getTranslation("hall.ui.booking.booked", booking.code()));
            Feedback.success(confirmation.getText());
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        showSlots();
        showMine();
    }

    private void cancel(Booking booking) {
        try {
            appointments.cancel(account, booking.code());
            Feedback.success(getTranslation("hall.ui.booking.cancelled", booking.code()));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        showSlots();
        showMine();
    }

    private void showMine() {
        mine.setItems(appointments.bookings(account, 20));
    }
}
