package org.tongban.notice.ui.internal;

import static org.tongban.notice.NoticeService.EDIT_PERMISSION;
import static org.tongban.notice.NoticeService.MAX_BODY_LENGTH;
import static org.tongban.notice.NoticeService.MAX_TITLE_LENGTH;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.tongban.notice.Notice;
import org.tongban.notice.NoticeService;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * The clerks' page: publish a notice for a jurisdiction of their own and withdraw published ones. The service checks
 * every permission again; this view only avoids offering what would be refused.
 */
public final class NoticeAdminView extends VerticalLayout {

    private final NoticeService notices;
    private final JurisdictionField jurisdiction;
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final NoticeTable table;

    public NoticeAdminView(
            NoticeService notices, Jurisdictions jurisdictions, AccessControl accessControl, String rootJurisdiction) {
        this.notices = notices;
        String home =
                accessControl.currentUser().map(CurrentUser::jurisdictionCode).orElse(rootJurisdiction);
        jurisdiction = new JurisdictionField(
                getTranslation("notice.jurisdiction"),
                JurisdictionChoices.below(
                        jurisdictions, home, j -> accessControl.isPermitted(EDIT_PERMISSION, j.code())));
        jurisdiction.setRequired(true);
        jurisdiction.addValueChangeListener(event -> refresh());

        title.setLabel(getTranslation("notice.title"));
        title.setRequired(true);
        title.setMaxLength(MAX_TITLE_LENGTH);
        countCharacters(title, MAX_TITLE_LENGTH);
        body.setLabel(getTranslation("notice.body"));
        body.setRequired(true);
        body.setMinRows(6);
        body.setMaxLength(MAX_BODY_LENGTH);
        countCharacters(body, MAX_BODY_LENGTH);

        Button publish = new Button(getTranslation("notice.publish"), click -> publish());
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.setTooltipText(getTranslation("notice.publish.shortcut"));
        // Enter in the title publishes; in the body Enter is a line break, so Ctrl+Enter publishes there.
        publish.addClickShortcut(Key.ENTER).listenOn(title);
        publish.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(body);

        FormLayout form = new FormLayout(jurisdiction, title, body);
        form.setColspan(body, 2);
        table = new NoticeTable(
                jurisdictions,
                notice -> accessControl.isPermitted(EDIT_PERMISSION, notice.jurisdictionCode()),
                this::withdraw);

        add(
                new H1(getTranslation("notice.console.menu")),
                new H3(getTranslation("notice.form.heading")),
                form,
                publish,
                new H3(getTranslation("notice.table.heading")),
                table);
        setMaxWidth("72rem");
        jurisdiction.selectOrFirst(home);
    }

    // Eager so the count follows each keystroke, and so a shortcut always publishes what is on screen.
    private void countCharacters(TextFieldBase<?, String> field, int maxLength) {
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(event -> showCount(field, maxLength));
        showCount(field, maxLength);
    }

    private void showCount(TextFieldBase<?, String> field, int maxLength) {
        field.setHelperText(
                getTranslation("notice.counter", String.valueOf(field.getValue().length()), String.valueOf(maxLength)));
    }

    private void publish() {
        Jurisdiction where = jurisdiction.getValue();
        if (where == null) {
            Feedback.error(getTranslation("notice.jurisdiction.required"));
            return;
        }
        try {
            notices.publish(where.code(), title.getValue(), body.getValue());
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        title.clear();
        body.clear();
        refresh();
        Feedback.success(getTranslation("notice.published"));
        title.focus();
    }

    private void withdraw(Notice notice) {
        try {
            notices.withdraw(notice.id());
            Feedback.success(getTranslation("notice.withdrawn"));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        refresh();
    }

    private void refresh() {
        Jurisdiction where = jurisdiction.getValue();
        try {
            table.setItems(where == null ? List.of() : notices.published(where.code()));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }
}
