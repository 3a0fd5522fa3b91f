package org.tongban.host.web.api;

/**
 * Who makes an API request, as far as the edge knows before the route runs.
 *
 * @param session the security bundle's session to bind for the request, or {@code null} when anonymous
 * @param viaCookie whether it came from the console's session cookie (then changes need a same-origin check)
 */
public record Caller(Object session, boolean viaCookie) {

    /** Nobody logged in. */
    public static final Caller ANONYMOUS = new Caller(null, false);

    public boolean anonymous() {
        return session == null;
    }
}
