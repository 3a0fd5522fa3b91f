package org.tongban.host.web.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.tongban.host.web.BundleI18NProvider;

/**
 * A visitor's language and care mode without a session: from the query ({@code lang=en}, {@code care=1}, remembered
 * in the same cookies the Vaadin portal uses), else those cookies, else the city's language.
 *
 * @param locale zh-CN, zh-TW or en
 * @param care whether the large-font, high-contrast layer is on
 * @param chosenNow whether this request changed a choice (its answer sets cookies and is not shared)
 */
record Visitor(Locale locale, boolean care, boolean chosenNow) {

    static final String LANGUAGE_COOKIE = "tb-lang";
    static final String CARE_COOKIE = "tb-care";
    private static final int YEAR = 365 * 24 * 3600;

    static Visitor of(HttpServletRequest request, String cityLocale) {
        String lang = request.getParameter("lang");
        String care = request.getParameter("care");
        String language = lang != null ? lang : cookie(request, LANGUAGE_COOKIE);
        Locale locale = BundleI18NProvider.supported(Locale.forLanguageTag(language == null ? cityLocale : language));
        boolean careOn = "1".equals(care != null ? care : cookie(request, CARE_COOKIE));
        return new Visitor(locale, careOn, lang != null || care != null);
    }

    /** Remembers the choices made on this request for a year. */
    void remember(HttpServletRequest request, HttpServletResponse response) {
        if (request.getParameter("lang") != null) {
            response.addCookie(cookie(LANGUAGE_COOKIE, locale.toLanguageTag()));
        }
        if (request.getParameter("care") != null) {
            response.addCookie(cookie(CARE_COOKIE, care ? "1" : "0"));
        }
    }

    /** The part of the cache key these choices make. */
    String key() {
        return locale.toLanguageTag() + (care ? "|care" : "|plain");
    }

    private static Cookie cookie(String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(YEAR);
        cookie.setHttpOnly(true);
        return cookie;
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(name)) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
