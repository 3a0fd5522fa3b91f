package org.tongban.hall.ui.internal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.function.Supplier;
import org.tongban.hall.Hall;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.HallQueue;
import org.tongban.hall.Priority;
import org.tongban.hall.ServedMatter;
import org.tongban.hall.Ticket;
import org.tongban.platform.ui.Feedback;

/**
 * {@code /hall/kiosk/<token>}: the hall's number kiosk, no login, bound to its hall by the token issued in the
 * console. Large buttons; 大字模式 for the elderly; 需要帮助 calls the staff to the kiosk.
 */
public final class KioskView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "hall/kiosk/:token";

    private final HallAdministration halls;
    private final HallQueue queue;
    private final Div content = new Div();
    private String token;

    public KioskView(HallAdministration halls, HallQueue queue) {
        this.halls = halls;
        this.queue = queue;
        addClassName("hall-kiosk");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("token").orElse(""));
    }

    /** Shows the kiosk of the token's hall, or the refusal of a forged or revoked token. */
    void open(String kioskToken) {
        token = kioskToken;
        content.removeAll();
        Hall hall;
        try {
            hall = halls.kioskHall(token);
        } catch (RuntimeException refused) {
            Paragraph message = new Paragraph(refused.getMessage());
            message.getElement().setAttribute("role", "alert");
            message.addClassName("hall-kiosk-refused");
            message.setId("hall-kiosk-refused");
            content.add(new H1(getTranslation("hall.ui.kiosk.title")), message);
            return;
        }
        build(hall);
    }

    private void build(Hall hall) {
        Div result = new Div();
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "assertive");
        result.addClassName("hall-kiosk-result");
        result.setId("hall-kiosk-result");

        Button large = new Button(getTranslation("hall.ui.kiosk.large"));
        large.getElement().setAttribute("aria-pressed", "false");
        large.addClickListener(e -> {
            boolean on = !getClassNames().contains("hall-kiosk-large");
            setClassName("hall-kiosk-large", on);
            getStyle().set("font-size", on ? "150%" : "100%");
            large.getElement().setAttribute("aria-pressed", String.valueOf(on));
        });
        Button help = new Button(getTranslation("hall.ui.kiosk.help"), e -> {
            try {
                queue.callStaff(token);
                Feedback.success(getTranslation("hall.ui.kiosk.helpComing"));
            } catch (RuntimeException failure) {
                Feedback.fail(this, failure);
            }
        });

        RadioButtonGroup<Priority> priority = new RadioButtonGroup<>(getTranslation("hall.ui.priorityHeader"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("hall.ui.priority." + p));
        priority.setValue(Priority.NONE);
        ComboBox<ServedMatter> matter = new ComboBox<>(getTranslation("hall.ui.matter"));
        matter.setItems(queue.kioskMatters(token));
        matter.setItemLabelGenerator(ServedMatter::name);
        matter.setWidthFull();

        TextField code = new TextField(getTranslation("hall.ui.kiosk.code"));
        code.setId("hall-kiosk-code");
        Button byCode = big("hall.ui.kiosk.byCode", result, () -> queue.takeByBooking(token, code.getValue()));
        byCode.setId("hall-kiosk-by-code");
        // A keyboard (or a code scanner that ends with Enter) takes the number from the field itself.
        code.addKeyDownListener(Key.ENTER, e -> byCode.click());
        TextField idNumber = new TextField(getTranslation("hall.ui.kiosk.idNumber"));
        idNumber.setMaxLength(18);
        Button byId = big(
                "hall.ui.kiosk.byId",
                result,
                () -> queue.takeByIdNumber(
                        token,
                        idNumber.getValue(),
                        matter.getValue() == null ? null : matter.getValue().code(),
                        priority.getValue()));
        idNumber.addKeyDownListener(Key.ENTER, e -> byId.click());
        Button walkIn = big(
                "hall.ui.kiosk.walkIn",
                result,
                () -> queue.takeWalkIn(
                        token,
                        matter.getValue() == null ? null : matter.getValue().code(),
                        priority.getValue()));

        FlexLayout tools = new FlexLayout(large, help);
        tools.getStyle().set("gap", "0.5em");
        content.add(
                new H1(hall.name() + " " + getTranslation("hall.ui.kiosk.title")),
                tools,
                new H2(getTranslation("hall.ui.kiosk.withBooking")),
                code,
                byCode,
                new H2(getTranslation("hall.ui.kiosk.withoutBooking")),
                matter,
                priority,
                idNumber,
                byId,
                walkIn,
                result);
    }

    private Button big(String key, Div result, Supplier<Ticket> take) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                Ticket ticket = take.get();
                result.removeAll();
                Div number = new Div(ticket.number());
                number.setId("hall-kiosk-number");
                number.getStyle().set("font-size", "4em").set("font-weight", "bold");
                result.add(
                        number,
                        new Paragraph(
                                getTranslation("hall.ui.kiosk.taken", ticket.matterName(), ticket.waitingAhead())));
            } catch (RuntimeException failure) {
                // Also in the announced result region, large, where the number would have been.
                result.removeAll();
                Paragraph refusal = new Paragraph(Feedback.standard().message(this, failure));
                refusal.setId("hall-kiosk-refusal");
                refusal.getStyle().set("font-size", "1.5em").set("color", "var(--lumo-error-text-color)");
                result.add(refusal);
                Feedback.fail(this, failure);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.setMinWidth("12em");
        return button;
    }
}
