package org.tongban.platform.console.internal.users;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import org.tongban.platform.api.security.ApiToken;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.console.internal.ConsoleFormats;
import org.tongban.platform.console.internal.Notifications;

/**
 * The API tokens of one account, with which another system of the hall (the hotline, a mobile back end) calls the API
 * as that account: issue one (its secret is shown once), see when each expires, revoke one at once.
 */
class TokensDialog extends Dialog {
    static final int DEFAULT_DAYS = 90;

    private final ApiTokens tokens;
    private final String username;
    private final Clock clock;
    private final Grid<ApiToken> grid = new Grid<>();
    private final TextField label = new TextField();
    private final IntegerField days = new IntegerField();
    private final TextField secret = new TextField();
    private final Paragraph secretHint = new Paragraph();

    TokensDialog(ApiTokens tokens, String username, Clock clock) {
        this.tokens = tokens;
        this.username = username;
        this.clock = clock;
        setHeaderTitle(getTranslation("console.tokens.title", username));
        setCloseOnOutsideClick(false);
        setWidth("min(56rem, 100%)");

        configureGrid();
        label.setId("token-label");
        label.setLabel(getTranslation("console.tokens.label"));
        label.setHelperText(getTranslation("console.tokens.label.helper"));
        label.setMaxLength(100);
        label.setRequired(true);
        days.setId("token-days");
        days.setLabel(getTranslation("console.tokens.days"));
        days.setMin(1);
        days.setMax((int) ApiTokens.MAX_VALIDITY.toDays());
        days.setStepButtonsVisible(true);
        days.setValue(DEFAULT_DAYS);
        Button issue = new Button(getTranslation("console.tokens.issue"), e -> issue());
        issue.setId("token-issue");
        issue.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(label, days, issue);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        secret.setId("token-secret");
        secret.setLabel(getTranslation("console.tokens.secret"));
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.getStyle().set("font-family", "monospace");
        secret.setVisible(false);
        secretHint.setText(getTranslation("console.tokens.secret.hint"));
        secretHint.setVisible(false);

        Button close = new Button(getTranslation("console.tokens.close"), e -> close());
        close.setId("token-close");
        add(grid, form, secret, secretHint);
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                secret.clear();
            }
        });
        reload();
    }

    private void configureGrid() {
        grid.addColumn(ApiToken::label)
                .setHeader(getTranslation("console.tokens.label"))
                .setFlexGrow(2);
        grid.addColumn(t ->
                        getTranslation("console.tokens.issuedBy", ConsoleFormats.time(t.createdAt()), t.createdBy()))
                .setHeader(getTranslation("console.tokens.issued"))
                .setAutoWidth(true);
        grid.addColumn(t -> ConsoleFormats.time(t.expiresAt()))
                .setHeader(getTranslation("console.tokens.expires"))
                .setAutoWidth(true);
        grid.addColumn(this::state)
                .setHeader(getTranslation("console.tokens.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton)
                .setKey("revoke")
                .setHeader(getTranslation("console.users.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("console.tokens.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("token-grid");
        grid.setAriaLabel(getTranslation("console.tokens.title", username));
    }

    private String state(ApiToken token) {
        if (token.revokedAt() != null) {
            return getTranslation("console.tokens.revoked", ConsoleFormats.time(token.revokedAt()));
        }
        return getTranslation(token.validAt(clock.instant()) ? "console.tokens.valid" : "console.tokens.expired");
    }

    private Component revokeButton(ApiToken token) {
        if (!token.validAt(clock.instant())) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("console.tokens.revoke"), e -> revoke(token));
        revoke.setId("revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        revoke.setAriaLabel(getTranslation("console.tokens.revoke.aria", token.label()));
        return revoke;
    }

    private void issue() {
        if (label.getValue().isBlank()) {
            label.setInvalid(true);
            label.setErrorMessage(getTranslation("console.tokens.label.required"));
            return;
        }
        Integer validity = days.getValue();
        try {
            ApiTokens.Issued issued = tokens.issue(
                    username, label.getValue(), Duration.ofDays(validity == null ? DEFAULT_DAYS : validity));
            secret.setValue(issued.secret());
            secret.setVisible(true);
            secretHint.setVisible(true);
            label.clear();
            label.setInvalid(false);
            Notifications.success(
                    getTranslation("console.tokens.issued.done", issued.token().label()));
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
        }
        reload();
    }

    private void revoke(ApiToken token) {
        try {
            tokens.revoke(token.id());
            Notifications.success(getTranslation("console.tokens.revoked.done", token.label()));
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
        }
        reload();
    }

    private void reload() {
        try {
            grid.setItems(tokens.list(username));
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
        }
    }
}
