package org.tongban.platform.console.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.ApiToken;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.testing.ui.UiTestSupport;

/** An administrator issues a token in the users view's dialog, sees its secret once and revokes it. */
class TokensDialogTest extends UiTestSupport {
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Tokens tokens = new Tokens();

    TokensDialogTest() {
        super("i18n/console");
    }

    /** Keeps tokens in memory as the security bundle keeps them in its table. */
    final class Tokens implements ApiTokens {
        final List<ApiToken> all = new ArrayList<>();
        Duration lastValidity;

        @Override
        public Issued issue(String username, String label, Duration validity) {
            lastValidity = validity;
            ApiToken token =
                    new ApiToken(all.size() + 1, username, label, NOW, "lixia.admin", NOW.plus(validity), null);
            all.add(token);
            return new Issued(token, "tb_secret" + token.id());
        }

        @Override
        public void revoke(long id) {
            ApiToken t = all.get((int) id - 1);
            all.set(
                    (int) id - 1,
                    new ApiToken(t.id(), t.username(), t.label(), t.createdAt(), t.createdBy(), t.expiresAt(), NOW));
        }

        @Override
        public List<ApiToken> list(String username) {
            return List.copyOf(all).reversed();
        }

        @Override
        public Optional<Object> authenticate(String secret) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Button revokeButton(Grid<ApiToken> grid, ApiToken token) {
        var renderer =
                (ComponentRenderer<?, ApiToken>) grid.getColumnByKey("revoke").getRenderer();
        return renderer.createComponent(token) instanceof Button button ? button : null;
    }

    @Test
    void aTokenIsIssuedWithItsSecretShownOnceAndCanBeRevoked() {
        TokensDialog dialog = new TokensDialog(tokens, "lixia.clerk", clock);
        dialog.open();
        roundTrip();

        assertThat(text(dialog)).contains("此账号没有 API 令牌");
        byId(dialog, Button.class, "token-issue").orElseThrow().click();
        assertThat(tokens.all).as("a purpose is required").isEmpty();

        byId(dialog, TextField.class, "token-label").orElseThrow().setValue("12345 热线系统");
        byId(dialog, IntegerField.class, "token-days").orElseThrow().setValue(30);
        byId(dialog, Button.class, "token-issue").orElseThrow().click();

        TextField secret = byId(dialog, TextField.class, "token-secret").orElseThrow();
        assertThat(shown(secret)).isTrue();
        assertThat(secret.getValue()).isEqualTo("tb_secret1");
        assertThat(tokens.lastValidity).isEqualTo(Duration.ofDays(30));

        @SuppressWarnings("unchecked")
        Grid<ApiToken> grid = byId(dialog, Grid.class, "token-grid").orElseThrow();
        ApiToken issued = grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(issued.label()).isEqualTo("12345 热线系统");
        revokeButton(grid, issued).click();
        assertThat(tokens.all.getFirst().revokedAt()).isEqualTo(NOW);
        ApiToken revoked = grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(revokeButton(grid, revoked))
                .as("a revoked token offers no revoke")
                .isNull();

        footerButton(dialog, "token-close").click();
        assertThat(secret.getValue()).as("the secret is not kept after closing").isEmpty();
    }
}
