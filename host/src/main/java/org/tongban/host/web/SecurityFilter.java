package org.tongban.host.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.web.ApiErrors;

/**
 * In front of everything: puts the {@link SecurityHeaders} on every response, refuses a query string that cannot
 * be decoded with 400 before any servlet parses it, and lets the public site answer its pages before Vaadin (which
 * would open a session). Such requests come from scanners and typos, not from the
 * platform's own pages, so they are logged at DEBUG only: a flood of them cannot fill the log.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, filterName = "security")
public class SecurityFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SecurityFilter.class);

    static final String BAD_QUERY = "请求参数的编码无效";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response, request.isSecure());
        if (!QueryStrings.wellFormed(request.getQueryString())) {
            LOG.debug("400 for an undecodable query string on {}", request.getRequestURI());
            refuse(request, response);
            return;
        }
        // A web layer without a platform (the wire-format tests) has no public site.
        if (getServletContext().getAttribute(WebHost.ATTRIBUTE) instanceof WebHost web
                && web.site().serve(request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.startsWith("/api/") || path.equals("/api") || path.equals("/health")) {
            ApiErrors.badRequest(response, BAD_QUERY);
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(ErrorPages.html(400).getBytes(StandardCharsets.UTF_8));
    }
}
