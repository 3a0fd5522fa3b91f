package org.tongban.platform.accounts.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;
import org.tongban.platform.notify.InboxMessage;
import org.tongban.platform.notify.Notifications;

/**
 * {@code POST /api/v1/accounts/messages}: the signed-in citizen's messages, newest first, with the unread count; the
 * bearer secret of {@link SignInRoute} travels in the body, because the host's {@code Authorization} header is for
 * staff API tokens. {@code markRead} marks one message read first.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = MessagesRoute.PATH, anonymous = true)
public final class MessagesRoute implements ApiRoute {
    static final String PATH = "v1/accounts/messages";
    private static final int MAX_LIMIT = 100;

    private final PublicAccounts accounts;
    private final Notifications notifications;

    /**
     * The request body.
     *
     * @param token the bearer secret
     * @param limit how many messages, 1 to 100 (20 when absent)
     * @param markRead a message id to mark read, or {@code null}
     */
    public record MessagesRequest(String token, Integer limit, Long markRead) {}

    /**
     * The answer.
     *
     * @param unread how many are unread
     * @param messages the messages
     */
    public record MessagesAnswer(int unread, List<InboxMessage> messages) {}

    @Activate
    public MessagesRoute(@Reference PublicAccounts accounts, @Reference Notifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        MessagesRequest body = request.body(MessagesRequest.class);
        PublicAccount account = accounts.byToken(body.token()).orElseThrow(AccountRoutes::badToken);
        if (body.markRead() != null) {
            notifications.markRead(account.recipient(), body.markRead());
        }
        int limit = body.limit() == null ? 20 : Math.clamp(body.limit(), 1, MAX_LIMIT);
        return ApiResponse.ok(new MessagesAnswer(
                notifications.unreadCount(account.recipient()),
                notifications.inbox(account.recipient(), request.locale(), limit)));
    }
}
