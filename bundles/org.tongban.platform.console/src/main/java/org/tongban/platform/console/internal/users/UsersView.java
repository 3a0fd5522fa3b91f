package org.tongban.platform.console.internal.users;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.security.UserAccount;
import org.tongban.platform.api.security.UserAdmin;
import org.tongban.platform.console.internal.ConsoleFormats;
import org.tongban.platform.console.internal.Notifications;
import org.tongban.platform.ui.JurisdictionChoices;

/** Clerks' accounts in the administrator's jurisdiction: list, create, unlock, and their API tokens. */
class UsersView extends VerticalLayout {
    /**
     * An administrator assigns their own jurisdiction or one below it, down to villages; the walk is bounded because
     * a city has thousands of villages and the tree is read one level per call.
     */
    static final int MAX_DEPTH = 3;

    static final int MAX_ENTRIES = 2000;

    private final java.util.Map<String, String> roleTitles = new java.util.HashMap<>();
    private final UserAdmin users;
    private final ApiTokens tokens;
    private final Jurisdictions jurisdictions;
    private final Map<String, String> jurisdictionLabels = new HashMap<>();
    private final Grid<UserAccount> grid = new Grid<>();

    UsersView(UserAdmin users, ApiTokens tokens, Jurisdictions jurisdictions, String rootJurisdiction) {
        this.users = users;
        this.tokens = tokens;
        this.jurisdictions = jurisdictions;

        List<Jurisdiction> choices = List.of();
        try {
            choices = JurisdictionChoices.below(jurisdictions, rootJurisdiction, j -> true, MAX_DEPTH, MAX_ENTRIES)
                    .items();
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
        }
        choices.forEach(j -> jurisdictionLabels.put(j.code(), JurisdictionChoices.labelWithCode(j)));

        try {
            roleTitles.putAll(users.roleTitles());
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
        }
        H2 heading = new H2(getTranslation("console.users.list.heading"));
        configureGrid();
        grid.setAriaLabel(heading.getText());
        add(
                new H1(getTranslation("console.users.menu")),
                heading,
                grid,
                new AccountForm(users, choices, this::created));
    }

    private void configureGrid() {
        grid.addColumn(UserAccount::username)
                .setHeader(getTranslation("console.users.username"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(UserAccount::displayName)
                .setHeader(getTranslation("console.users.displayName"))
                .setAutoWidth(true);
        grid.addColumn(a -> jurisdictionLabel(a.jurisdictionCode()))
                .setHeader(getTranslation("console.users.jurisdiction"))
                .setAutoWidth(true);
        // Roles by their titles; the name follows in brackets for the administrator who configures by name.
        grid.addColumn(a -> a.roles() == null
                        ? ""
                        : String.join(
                                "、",
                                a.roles().stream()
                                        .map(r -> roleTitles.containsKey(r) ? roleTitles.get(r) + "（" + r + "）" : r)
                                        .toList()))
                .setHeader(getTranslation("console.users.roles"))
                .setFlexGrow(2);
        grid.addColumn(a -> locked(a) ? ConsoleFormats.time(a.lockedUntil()) : "")
                .setHeader(getTranslation("console.users.lockedUntil"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.mustChangePassword() ? "console.yes" : "console.no"))
                .setHeader(getTranslation("console.users.mustChangePassword"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("console.users.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("console.users.empty"));
        grid.setAllRowsVisible(true);
    }

    private Component actions(UserAccount account) {
        Button tokenButton = new Button(
                getTranslation("console.tokens.open"),
                e -> new TokensDialog(tokens, account.username(), Clock.systemUTC()).open());
        tokenButton.setId("tokens-" + account.username());
        tokenButton.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        tokenButton.setAriaLabel(getTranslation("console.tokens.open.aria", account.username()));
        if (!locked(account)) {
            return new Span(tokenButton);
        }
        Button unlock = new Button(getTranslation("console.users.unlock"), e -> unlock(account.username()));
        unlock.addThemeVariants(ButtonVariant.SMALL);
        unlock.setAriaLabel(getTranslation("console.users.unlock.aria", account.username()));
        return new Span(unlock, tokenButton);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        reload();
    }

    private void reload() {
        try {
            grid.setItems(users.list());
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
        }
    }

    private void created(String username, String password) {
        reload();
        new OneTimePasswordDialog(username, password).open();
    }

    private void unlock(String username) {
        try {
            users.unlock(username);
            Notifications.success(getTranslation("console.users.unlocked", username));
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
        }
        reload();
    }

    private String jurisdictionLabel(String code) {
        if (code == null) {
            return "";
        }
        return jurisdictionLabels.computeIfAbsent(code, c -> {
            try {
                return jurisdictions
                        .find(c)
                        .map(JurisdictionChoices::labelWithCode)
                        .orElse(c);
            } catch (RuntimeException e) {
                return c;
            }
        });
    }

    private static boolean locked(UserAccount account) {
        return account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now());
    }
}
