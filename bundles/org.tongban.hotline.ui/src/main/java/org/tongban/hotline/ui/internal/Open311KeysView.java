package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import org.tongban.hotline.open311.Open311Key;
import org.tongban.hotline.open311.Open311Keys;
import org.tongban.platform.ui.Feedback;

/**
 * Open311 API keys: issue one for a client (the key is shown once and never again), the list, and revoking with a
 * confirmation. The service checks {@code user:admin} itself.
 */
final class Open311KeysView extends VerticalLayout {
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));
    private final Open311Keys keys;
    final TextField account = new TextField();
    final TextField label = new TextField();
    final Button issue = new Button();
    final Span issued = new Span();
    final Grid<Open311Key> grid = new Grid<>();

    Open311KeysView(Open311Keys keys) {
        this.keys = keys;
        add(new H2(getTranslation("hotline.ui.keys.title")));
        account.setLabel(getTranslation("hotline.ui.keys.account"));
        account.setId("open311-key-account");
        account.setMaxLength(32);
        label.setLabel(getTranslation("hotline.ui.keys.label"));
        label.setId("open311-key-label");
        label.setMaxLength(100);
        issue.setText(getTranslation("hotline.ui.keys.issue"));
        issue.setId("open311-key-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> issue());
        issued.setId("open311-key-issued");
        issued.getElement().setAttribute("role", "status");
        issued.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout form = new HorizontalLayout(account, label, issue);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        grid.setId("open311-keys");
        grid.addColumn(Open311Key::label).setHeader(getTranslation("hotline.ui.keys.label"));
        grid.addColumn(Open311Key::account).setHeader(getTranslation("hotline.ui.keys.account"));
        grid.addColumn(k -> time(k.issuedAt())).setHeader(getTranslation("hotline.ui.keys.issuedAt"));
        grid.addColumn(k -> k.revokedAt() == null
                        ? getTranslation("hotline.ui.keys.active")
                        : getTranslation("hotline.ui.keys.revokedAt", time(k.revokedAt())))
                .setHeader(getTranslation("hotline.ui.keys.state"));
        grid.addColumn(new ComponentRenderer<>(this::revokeButton))
                .setHeader(getTranslation("hotline.ui.keys.actions"));
        grid.setAllRowsVisible(true);
        add(form, issued, grid);
        reload();
    }

    void issue() {
        try {
            Open311Keys.Issued created =
                    keys.issue(account.getValue().strip(), label.getValue().strip());
            issued.setText(getTranslation("hotline.ui.keys.issued", created.apiKey()));
            label.clear();
        } catch (IllegalArgumentException e) {
            issued.setText("");
            Feedback.error(e.getMessage());
        } catch (RuntimeException e) {
            issued.setText("");
            HotlineFeedback.FEEDBACK.failure(this, e);
        }
        reload();
    }

    private Button revokeButton(Open311Key key) {
        Button b = new Button(getTranslation("hotline.ui.keys.revoke"));
        b.setId("open311-key-revoke-" + key.id());
        b.getElement().setAttribute("aria-label", getTranslation("hotline.ui.keys.revokeOf", key.label()));
        b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        b.setEnabled(key.revokedAt() == null);
        b.addClickListener(e -> confirmRevoke(key));
        return b;
    }

    ConfirmDialog confirmRevoke(Open311Key key) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("hotline.ui.keys.revoke"));
        dialog.setText(getTranslation("hotline.ui.keys.confirm", key.label()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("hotline.ui.keys.cancel"));
        dialog.setConfirmText(getTranslation("hotline.ui.keys.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> revoke(key));
        dialog.open();
        return dialog;
    }

    void revoke(Open311Key key) {
        try {
            keys.revoke(key.id());
            Feedback.success(getTranslation("hotline.ui.keys.revoked", key.label()));
        } catch (RuntimeException e) {
            HotlineFeedback.FEEDBACK.failure(this, e);
        }
        reload();
    }

    List<Open311Key> shown() {
        return keys.list();
    }

    private static String time(java.time.Instant at) {
        return TIME.format(at);
    }

    private void reload() {
        grid.setItems(keys.list());
    }
}
