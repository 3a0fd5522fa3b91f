package org.tongban.host.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/**
 * A visitor's language and elder-friendly mode (关怀模式), remembered in cookies for a year so they hold across visits
 * without an account.
 */
public final class Preferences {

    static final String LANGUAGE_COOKIE = "tb-lang";
    static final String CARE_COOKIE = "tb-care";
    /** CSS class on the body that switches the elder-friendly theme layer on. */
    public static final String CARE_CLASS = "tb-care";

    private Preferences() {}

    /** Applies the remembered preferences to a new UI. */
    static void apply(UI ui) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String language = cookie(request, LANGUAGE_COOKIE);
        // The city's language unless the visitor chose another: a government portal does not follow the browser.
        String chosen =
                language != null ? language : WebHost.current().host().options().setting("locale", "zh-CN");
        Locale locale = BundleI18NProvider.supported(Locale.forLanguageTag(chosen));
        ui.setLocale(locale);
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setLocale(locale);
        }
        ui.getElement().setAttribute("lang", locale.toLanguageTag());
        ui.getPage().executeJs("document.documentElement.lang=$0", locale.toLanguageTag());
        announceConnectionIn(ui);
        setCareClass(ui, "1".equals(cookie(request, CARE_COOKIE)));
    }

    /**
     * The connection indicator's hidden live region speaks the page's language: by default it announces "Online" in
     * English on a Chinese page.
     */
    static void announceConnectionIn(UI ui) {
        ui.getPage()
                .executeJs(
                        "const c = window.Vaadin && window.Vaadin.connectionIndicator;"
                                + " if (c) { c.onlineText = $0; c.offlineText = $1; c.reconnectingText = $2; }",
                        ui.getTranslation("shell.connection.online"),
                        ui.getTranslation("shell.connection.offline"),
                        ui.getTranslation("shell.connection.reconnecting"));
    }

    public static void changeLanguage(UI ui, Locale locale) {
        Locale supported = BundleI18NProvider.supported(locale);
        remember(LANGUAGE_COOKIE, supported.toLanguageTag());
        VaadinSession.getCurrent().setLocale(supported);
        ui.setLocale(supported);
        // Every view reads its texts when it is built, so the simplest correct switch is a reload.
        ui.getPage().reload();
    }

    public static boolean isCareMode(UI ui) {
        return ui.getElement().getClassList().contains(CARE_CLASS);
    }

    public static void setCareMode(UI ui, boolean on) {
        setCareClass(ui, on);
        remember(CARE_COOKIE, on ? "1" : "0");
    }

    private static void setCareClass(UI ui, boolean on) {
        ui.getElement().getClassList().set(CARE_CLASS, on);
    }

    private static void remember(String name, String value) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(name, value);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }

    private static String cookie(VaadinRequest request, String name) {
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
