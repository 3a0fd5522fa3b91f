package org.tongban.host.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpFields;

/**
 * The headers every response carries, pages, JSON, theme files and error pages alike. The Content-Security-Policy is
 * what Vaadin Flow needs in production mode: its bootstrap page has inline scripts, components set inline styles, and
 * the client runs the server's JavaScript calls through {@code new Function}, hence {@code 'unsafe-inline'} and
 * {@code 'unsafe-eval'}. The policy still confines everything to this origin, forbids plugins, framing by other sites,
 * foreign form targets and a foreign {@code <base>}.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    /** One year, sent only over HTTPS (directly or as reported by a trusted reverse proxy). */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private SecurityHeaders() {}

    /** Sets the headers through {@code header} (name, value); HSTS only when the request came over HTTPS. */
    static void apply(BiConsumer<String, String> header, boolean secure) {
        header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "SAMEORIGIN");
        header.accept("Referrer-Policy", REFERRER_POLICY);
        if (secure) {
            header.accept("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    static void apply(HttpServletResponse response, boolean secure) {
        BiConsumer<String, String> header = response::setHeader;
        apply(header, secure);
    }

    static void apply(HttpFields.Mutable fields, boolean secure) {
        BiConsumer<String, String> header = fields::put;
        apply(header, secure);
    }
}
