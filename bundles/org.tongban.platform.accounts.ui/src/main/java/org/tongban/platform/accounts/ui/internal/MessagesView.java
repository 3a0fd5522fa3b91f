package org.tongban.platform.accounts.ui.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.notify.InboxMessage;
import org.tongban.platform.notify.Notifications;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.StatusBadge;

/**
 * 我的消息: the signed-in citizen's messages, newest first, each marked read by its own button. The inbox key comes from
 * the session, never from the address, so no one reads another's messages by changing a URL.
 */
public final class MessagesView extends VerticalLayout {
    private static final int SHOWN = 50;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifications notifications;
    private final Paragraph unread = new Paragraph();
    private final Div list = new Div();

    public MessagesView(Notifications notifications) {
        this.notifications = notifications;
        Forms.page(this);
        setWidth("min(100%, 48rem)");
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        add(new H1(getTranslation("accounts.messages.menu")));
        if (citizen.isEmpty()) {
            add(
                    new Paragraph(getTranslation("accounts.messages.signInFirst")),
                    new Anchor(AccountRoutes.SIGN_IN, getTranslation("accounts.signIn.menu")));
            return;
        }
        Button signOut = new Button(getTranslation("accounts.signOut"), click -> {
            CitizenSession.signOut();
            UI.getCurrent().navigate(AccountRoutes.SIGN_IN);
        });
        signOut.setId("account-sign-out");
        unread.setId("messages-unread");
        unread.getElement().setAttribute("role", "status");
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem");
        add(new Paragraph(getTranslation("accounts.signedInAs", citizen.get().name())), signOut, unread, list);
        show(citizen.get());
    }

    private void show(CitizenSession.Citizen citizen) {
        list.removeAll();
        List<InboxMessage> messages;
        try {
            messages = notifications.inbox(citizen.recipient(), getLocale(), SHOWN);
            unread.setText(getTranslation("accounts.messages.unread", notifications.unreadCount(citizen.recipient())));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        if (messages.isEmpty()) {
            list.add(new Paragraph(getTranslation("accounts.messages.empty")));
        }
        messages.forEach(message -> list.add(card(citizen, message)));
    }

    // Texts go in as text, never as HTML.
    private Card card(CitizenSession.Citizen citizen, InboxMessage message) {
        Card card = new Card();
        card.setAriaRole("article");
        card.setWidthFull();
        card.setTitle(new H2(message.subject()));
        card.setSubtitle(new Span(TIME.format(message.createdAt())));
        Paragraph text = withLinks(message.text());
        text.getStyle().set("overflow-wrap", "anywhere");
        card.add(text);
        if (message.unread()) {
            card.setHeaderSuffix(new StatusBadge(getTranslation("accounts.messages.new"), StatusBadge.Tone.INFO));
            Button read = new Button(getTranslation("accounts.messages.markRead"), click -> {
                notifications.markRead(citizen.recipient(), message.id());
                show(citizen);
            });
            read.setId("read-" + message.id());
            read.addThemeVariants(ButtonVariant.TERTIARY);
            read.setAriaLabel(getTranslation("accounts.messages.markRead") + "：" + message.subject());
            card.addToFooter(read);
        }
        return card;
    }

    /** A path of this site in a notice's text (a case's rating page): a link, the rest stays text. */
    private static final java.util.regex.Pattern PATH =
            java.util.regex.Pattern.compile("(?<![\\w/.:<>\"'=&;-])/[a-z][A-Za-z0-9/_-]*");

    /** The text with this site's paths as links; never HTML, and never a link to another site. */
    static Paragraph withLinks(String text) {
        Paragraph p = new Paragraph();
        java.util.regex.Matcher m = PATH.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                p.add(new com.vaadin.flow.component.Text(text.substring(at, m.start())));
            }
            p.add(new com.vaadin.flow.component.html.Anchor(m.group(), m.group()));
            at = m.end();
        }
        if (at < text.length()) {
            p.add(new com.vaadin.flow.component.Text(text.substring(at)));
        }
        return p;
    }
}
