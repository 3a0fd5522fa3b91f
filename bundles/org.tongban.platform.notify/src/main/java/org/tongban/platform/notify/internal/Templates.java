package org.tongban.platform.notify.internal;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.notify.Notifications;

/** The texts of {@link Notifications#TEMPLATES}, rendered in a language. */
final class Templates {
    static final String MASK = "******";

    private Templates() {}

    static boolean exists(String template) {
        ResourceBundle base = ResourceBundle.getBundle(
                Notifications.TEMPLATES,
                Locale.ROOT,
                Templates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return base.containsKey(template + ".subject") && base.containsKey(template + ".text");
    }

    static String subject(String template, List<String> arguments, Locale locale) {
        return render(template + ".subject", arguments, locale);
    }

    static String text(String template, List<String> arguments, Locale locale) {
        return render(template + ".text", arguments, locale);
    }

    /** The arguments with the first, the secret, replaced by {@link #MASK}: what a one-time code's message keeps. */
    static List<String> masked(List<String> arguments) {
        if (arguments.isEmpty()) {
            return arguments;
        }
        List<String> masked = new java.util.ArrayList<>(arguments);
        masked.set(0, MASK);
        return masked;
    }

    private static String render(String key, List<String> arguments, Locale locale) {
        return LocalizedMessage.of(Templates.class, Notifications.TEMPLATES, key, arguments.toArray())
                .format(locale);
    }
}
