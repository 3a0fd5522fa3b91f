package org.tongban.host.web.shell;

/** A message key with its placeholder values to the user's language (a view's {@code getTranslation}). */
@FunctionalInterface
interface Translation {
    String of(String key, Object... arguments);
}
