package org.tongban.hotline.portal.internal;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.tongban.hotline.Caller;
import org.tongban.hotline.Channel;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;
import org.tongban.platform.ui.JurisdictionField;

/**
 * The fields a citizen fills in to file a ticket, and where the service's refusal of each is shown: next to its field.
 * A 举报 is always confidential, so the box is ticked and locked for it.
 */
final class TicketForm {
    final Select<TicketType> type = new Select<>();
    final TextField address = new TextField();
    final JurisdictionField place;
    final TextArea description = new TextArea();
    final Checkbox confidential = new Checkbox();
    final TextField phone = new TextField();

    TicketForm(FileTicketView view, JurisdictionField place) {
        this.place = place;
        type.setId("hotline-type");
        type.setLabel(view.getTranslation("hotline.portal.type"));
        type.setItems(List.of(TicketType.values()));
        type.setItemLabelGenerator(t -> view.getTranslation("hotline.portal.type." + t.name()));
        type.addValueChangeListener(e -> lockConfidential());
        address.setId("hotline-address");
        address.setLabel(view.getTranslation("hotline.portal.address"));
        address.setMaxLength(200);
        place.setId("hotline-place");
        description.setId("hotline-description");
        description.setLabel(view.getTranslation("hotline.portal.description"));
        description.setMaxLength(HotlineService.DESCRIPTION_LIMIT);
        description.setValueChangeMode(ValueChangeMode.EAGER);
        description.setWidthFull();
        description.addValueChangeListener(e -> count(view));
        count(view);
        confidential.setId("hotline-confidential");
        confidential.setLabel(view.getTranslation("hotline.portal.confidential"));
        phone.setId("hotline-phone");
        phone.setLabel(view.getTranslation("hotline.portal.phone"));
        phone.setMaxLength(20);
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.getElement().setAttribute("inputmode", "tel");
    }

    private void count(FileTicketView view) {
        // The helper text is read by screen readers with the field, so the count needs no live region of its own.
        description.setHelperText(view.getTranslation(
                "hotline.portal.count", description.getValue().length(), HotlineService.DESCRIPTION_LIMIT));
    }

    private void lockConfidential() {
        boolean report = type.getValue() == TicketType.REPORT;
        if (report) {
            confidential.setValue(true);
        }
        confidential.setReadOnly(report);
    }

    /** The ticket as typed; the service checks every value. */
    NewTicket ticket(Channel channel, String name) {
        String phoneNumber = channel == Channel.WEB_FORM ? blankToNull(phone.getValue()) : null;
        return new NewTicket(
                channel,
                type.getValue(),
                Urgency.NORMAL,
                Place.at(address.getValue().strip(), place.selectedCode()),
                new Caller(name, phoneNumber, confidential.getValue()),
                description.getValue(),
                null);
    }

    void clearErrors() {
        type.setInvalid(false);
        address.setInvalid(false);
        place.setInvalid(false);
        description.setInvalid(false);
        phone.setInvalid(false);
    }

    /** Marks the field the refusal is about; false when it is about none of them. */
    boolean show(HotlineException refusal, String text) {
        switch (refusal.key()) {
            case "hotline.error.typeMissing" -> invalid(type, text);
            case "hotline.error.addressMissing" -> {
                if (address.getValue().isBlank()) {
                    address.setErrorMessage(text);
                    address.setInvalid(true);
                } else {
                    invalid(place, text);
                }
            }
            case "hotline.error.unknownJurisdiction" -> invalid(place, text);
            case "hotline.error.descriptionMissing", "hotline.error.textTooLong" -> {
                description.setErrorMessage(text);
                description.setInvalid(true);
            }
            case "hotline.error.phone" -> {
                phone.setErrorMessage(text);
                phone.setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
