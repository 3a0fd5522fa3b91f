package org.tongban.platform.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A notice to send: a template of {@link Notifications#TEMPLATES} with its arguments, for a recipient.
 *
 * @param recipient the key of the recipient's inbox: a public account ({@code account:42}) or an applicant's
 *     identifier as the sending feature knows it; at most 100 characters
 * @param jurisdictionCode the jurisdiction that sends it (who may see it in the console)
 * @param template the template key, for example {@code account.resetCode}
 * @param arguments the template's arguments {@code {0}}, {@code {1}}... as text
 * @param addresses the channels to send it through besides the inbox, with the address for each
 * @param locale the recipient's language for SMS and e-mail (the inbox shows the reader's)
 * @param sensitive true when the first argument is a secret (a one-time code): the inbox shows it masked, and a
 *     delivery's text keeps it only until sent
 */
public record Notification(
        String recipient,
        String jurisdictionCode,
        String template,
        List<String> arguments,
        Map<Channel, String> addresses,
        Locale locale,
        boolean sensitive) {

    public Notification {
        Objects.requireNonNull(template, "template");
        arguments = List.copyOf(arguments);
        addresses = Map.copyOf(addresses);
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    /** An in-app notice only, in Simplified Chinese, not sensitive. */
    public static Notification inApp(String recipient, String jurisdictionCode, String template, String... arguments) {
        return new Notification(
                recipient, jurisdictionCode, template, List.of(arguments), Map.of(), Locale.SIMPLIFIED_CHINESE, false);
    }

    /** This notice also sent through the channel to the address; a blank address is ignored. */
    public Notification via(Channel channel, String address) {
        if (address == null || address.isBlank()) {
            return this;
        }
        Map<Channel, String> more = new LinkedHashMap<>(addresses);
        more.put(channel, address.strip());
        return new Notification(recipient, jurisdictionCode, template, arguments, more, locale, sensitive);
    }

    /** This notice in another language. */
    public Notification in(Locale language) {
        return new Notification(recipient, jurisdictionCode, template, arguments, addresses, language, sensitive);
    }

    /** This notice with its first argument treated as a secret (see {@code sensitive}). */
    public Notification masked() {
        return new Notification(recipient, jurisdictionCode, template, arguments, addresses, locale, true);
    }
}
