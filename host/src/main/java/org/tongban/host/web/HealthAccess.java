package org.tongban.host.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who may read the details of {@code /health}: a caller on this machine (monitoring agents, the build's headless
 * check, an operator with curl), or a logged-in user with {@link #PERMISSION}, the permission of the console's
 * health view. A request that a proxy forwarded is not local unless the proxy is trusted ({@code forwarded=true}),
 * in which case its remote address already is the client's.
 */
final class HealthAccess {

    static final String PERMISSION = "platform:admin";

    private HealthAccess() {}

    static boolean mayReadDetails(HttpServletRequest request) {
        return isLocal(request) || SessionPermissions.isPermitted(request, PERMISSION);
    }

    static boolean isLocal(HttpServletRequest request) {
        if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
            // Forwarded by a proxy on this machine that is not configured as trusted: the caller is elsewhere.
            return false;
        }
        return isLoopback(request.getRemoteAddr());
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String literal =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!literal.matches("[0-9a-fA-F:.%]+")) {
            return false; // only literals: never a name lookup
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
