package org.tongban.platform.notify.internal;

import java.util.regex.Pattern;
import org.tongban.platform.notify.Channel;
import org.tongban.platform.notify.NotificationException;

/** Checks and masks mobile numbers and e-mail addresses. */
final class Addresses {
    // Mainland mobile numbers: 11 digits starting 13-19 (工信部 number plan).
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL = 200;

    private Addresses() {}

    static String check(Channel channel, String address) {
        String value = address.strip();
        switch (channel) {
            case SMS -> {
                if (!MOBILE.matcher(value).matches()) {
                    throw NotificationException.of("notify.error.mobile", mask(channel, value));
                }
            }
            case EMAIL -> {
                if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches()) {
                    throw NotificationException.of("notify.error.email", mask(channel, value));
                }
            }
        }
        return value;
    }

    /** {@code 138****5678}; {@code z***@example.cn}. */
    static String mask(Channel channel, String address) {
        if (address == null) {
            return "";
        }
        if (channel == Channel.SMS) {
            return address.length() < 8
                    ? "****"
                    : address.substring(0, 3) + "****" + address.substring(address.length() - 4);
        }
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
