package org.tongban.market.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.tongban.platform.ui.Feedback;

/** 服务评价: quality, timeliness, attitude and price, each 1 to 5, and a comment; the rating is public. */
final class RatingForm extends Div {
    /** Hears the rating once every part is between 1 and 5. */
    @FunctionalInterface
    interface Rated {
        void rate(int quality, int timeliness, int attitude, int price, String comment);
    }

    final IntegerField quality = part("quality");
    final IntegerField timeliness = part("timeliness");
    final IntegerField attitude = part("attitude");
    final IntegerField price = part("price");
    final TextArea comment = new TextArea();
    final Button rate = new Button();

    RatingForm(Component owner, Rated rated) {
        setId("market-rating");
        comment.setLabel(getTranslation("market.ui.rating.comment"));
        comment.setMaxLength(500);
        rate.setText(getTranslation("market.ui.rating.submit"));
        rate.setId("market-rating-submit");
        rate.addClickListener(e -> {
            for (IntegerField f : new IntegerField[] {quality, timeliness, attitude, price}) {
                if (f.getValue() == null || f.getValue() < 1 || f.getValue() > 5) {
                    f.setInvalid(true);
                    f.setErrorMessage(getTranslation("market.ui.rating.range"));
                    Feedback.error(getTranslation("market.ui.rating.range"));
                    return;
                }
                f.setInvalid(false);
            }
            rated.rate(
                    quality.getValue(),
                    timeliness.getValue(),
                    attitude.getValue(),
                    price.getValue(),
                    comment.getValue());
        });
        FormLayout form = new FormLayout(quality, timeliness, attitude, price, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40rem", 4));
        add(new H3(getTranslation("market.ui.rating.title")), form, rate);
    }

    private IntegerField part(String name) {
        IntegerField field = new IntegerField(getTranslation("market.ui.rating." + name));
        field.setMin(1);
        field.setMax(5);
        field.setStepButtonsVisible(true);
        field.setId("market-rating-" + name);
        return field;
    }
}
