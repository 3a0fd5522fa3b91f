package org.tongban.host.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.host.HostOptions;
import org.tongban.host.web.CityTheme;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.portal.PageNotFoundException;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;

/**
 * Serves the public pages without an HTTP session: finds the page, renders its template in the city's frame, keeps
 * the result until its topics' next event on this node, and answers conditional requests with 304. The security filter
 * hands it every request first; it takes only GETs and HEADs of a page's path (and {@code /sitemap.xml} and the
 * readable {@code /sitemap}), and the Vaadin servlet hands it the first load of an unknown path for the 404 page.
 */
public final class PublicSite implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublicSite.class);

    /** Setting: seconds a shared cache (reverse proxy, CDN) may serve a page before it asks again. */
    static final String PROXY_SECONDS = "portal.proxySeconds";
    /**
     * Setting: {@code false} leaves every page to the Vaadin portal, as before the public pages existed (a city that
     * migrates later, and the benchmark's baseline).
     */
    static final String ENABLED = "portal.publicPages";
    /** Setting: how many rendered pages a node keeps. */
    static final String CACHE_ENTRIES = "portal.cacheEntries";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'self'";

    private final PageRoutes routes;
    private final PageTemplates templates = new PageTemplates();
    private final PageCache cache;
    private final PageFrame frame;
    private final HomePage homePage;
    private final TraditionalPages traditional;
    private final String cacheControl;
    private final ServiceRegistration<DomainEventHandler> invalidation;
    private final boolean enabled;

    /** The public site of the platform of {@code context}; the city's theme is read when first needed. */
    public PublicSite(BundleContext context, HostOptions options, java.util.function.Supplier<CityTheme> theme) {
        this.cache = new PageCache(
                Integer.parseInt(options.setting(CACHE_ENTRIES, "20000").trim()));
        this.routes = new PageRoutes(context, gone -> {
            cache.evict(gone);
            templates.forget(gone.bundle());
        });
        this.traditional = new TraditionalPages(context);
        this.frame = new PageFrame(templates, options, theme, traditional::apply);
        this.homePage = new HomePage(context, () -> cache.evictService(HomePage.SERVICE_ID));
        int proxySeconds = Integer.parseInt(options.setting(PROXY_SECONDS, "30").trim());
        // Browsers ask again each time (a cheap 304); a proxy or CDN may answer for a short while on its own.
        this.cacheControl = "public, max-age=0, must-revalidate, s-maxage=" + proxySeconds;
        this.invalidation = PageCacheInvalidation.register(context, cache);
        this.enabled = Boolean.parseBoolean(options.setting(ENABLED, "true").trim());
    }

    /** Whether the public pages are served (else the Vaadin portal answers every page). */
    public boolean enabled() {
        return enabled;
    }

    /** Answers the request when it is for a public page; false leaves it to the next servlet. */
    public boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!enabled || !("GET".equals(method) || "HEAD".equals(method)) || request.getParameter("v-r") != null) {
            return false;
        }
        String path = path(request);
        if (path.equals(SitemapXml.PATH)) {
            write(
                    request,
                    response,
                    200,
                    "application/xml;charset=UTF-8",
                    SitemapXml.of(routes.entries(), base(request)));
            return true;
        }
        Visitor visitor = frame.visitor(request);
        if (path.equals(SiteMapPage.PATH)) {
            // Rendered each time: a few links from each page service, in the visitor's language.
            answer(request, response, siteMap(request, visitor), visitor);
            return true;
        }
        String key = base(request) + request.getRequestURI() + "?" + request.getQueryString() + "|" + visitor.key();
        // A kept page is answered (or revalidated with 304) before any route is matched or anything is rendered.
        Optional<PageCache.Rendered> cached = visitor.chosenNow() ? Optional.empty() : cache.get(key);
        if (cached.isPresent()) {
            answer(request, response, cached.get(), visitor);
            return true;
        }
        Optional<PageRoutes.Match> match = routes.match(path);
        // Without contributed sections the home page stays the Vaadin portal's (a platform-only city).
        boolean home = match.isEmpty() && path.isEmpty() && !homePage.sections().isEmpty();
        if (match.isEmpty() && !home) {
            return false;
        }
        PageCache.Rendered page;
        try {
            page = home ? renderHome(request, visitor) : render(request, match.get(), visitor);
        } catch (PageNotFoundException e) {
            notFound(request, response);
            return true;
        }
        if (!visitor.chosenNow()) {
            cache.put(key, page);
        }
        answer(request, response, page, visitor);
        return true;
    }

    /** The 404 page for an unknown path, in the visitor's language and the city's frame. */
    public void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Visitor visitor = frame.visitor(request);
        Messages messages = Messages.host(visitor.locale());
        String content = templates.renderHost("portal/not-found.ftlh", Map.of("t", messages));
        PageView view = PageView.of("", Map.of()).title(messages.text("portal.notFound.title"));
        byte[] body = frame.render(request, view, content, visitor).getBytes(StandardCharsets.UTF_8);
        response.setHeader("Cache-Control", "no-cache");
        write(request, response, 404, "text/html;charset=UTF-8", body);
    }

    private PageCache.Rendered renderHome(HttpServletRequest request, Visitor visitor) {
        List<HomePage.Section> sections = homePage.sections();
        Messages messages = Messages.host(visitor.locale());
        PageRequest pageRequest = new PageRequest("", Map.of(), parameters(request), visitor.locale());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", messages);
        model.put(
                "sections",
                homePage.render(sections, templates, pageRequest, frame.site().hotline()));
        model.put("site", frame.site());
        model.put("hallName", frame.hallName(visitor.locale()));
        String content = templates.renderHost("portal/home.ftlh", model);
        PageView view = PageView.of("", Map.of())
                .title(messages.text("portal.home.title"))
                .description(messages.text("portal.home.description", frame.hallName(visitor.locale())))
                .canonical("");
        byte[] body = frame.render(request, view, content, visitor).getBytes(StandardCharsets.UTF_8);
        return new PageCache.Rendered(body, EntityTags.ofBytes(body), null, homePage.entry(sections));
    }

    private PageCache.Rendered siteMap(HttpServletRequest request, Visitor visitor) {
        Messages messages = Messages.host(visitor.locale());
        String content = templates.renderHost(
                "portal/sitemap.ftlh",
                Map.of("t", messages, "groups", SiteMapPage.groups(routes.entries(), messages, visitor.locale())));
        PageView view = PageView.of("", Map.of())
                .title(messages.text("portal.sitemap.title"))
                .description(messages.text("portal.sitemap.description", frame.hallName(visitor.locale())))
                .canonical(SiteMapPage.PATH);
        byte[] body = frame.render(request, view, content, visitor).getBytes(StandardCharsets.UTF_8);
        return new PageCache.Rendered(body, EntityTags.ofBytes(body), null, null);
    }

    private PageCache.Rendered render(HttpServletRequest request, PageRoutes.Match match, Visitor visitor) {
        PageRoutes.Entry entry = match.entry();
        PageRequest pageRequest =
                new PageRequest(match.pattern(), match.parameters(), parameters(request), visitor.locale());
        PageView view = entry.page().render(pageRequest);
        Map<String, Object> model = new LinkedHashMap<>(view.model());
        model.put("t", Messages.of(entry.bundle(), visitor.locale()));
        model.put("lang", visitor.locale().toLanguageTag());
        model.putIfAbsent("hotline", frame.site().hotline());
        String content = templates.render(entry.bundle(), view.template(), model);
        byte[] body = frame.render(request, view, content, visitor).getBytes(StandardCharsets.UTF_8);
        String tag = view.version() == null
                ? EntityTags.ofBytes(body)
                : EntityTags.of(
                        view.version(),
                        request.getRequestURI(),
                        request.getQueryString(),
                        visitor.key(),
                        entry.bundle().getVersion().toString(),
                        frame.version());
        Instant modified =
                view.lastModified() == null ? null : view.lastModified().truncatedTo(ChronoUnit.SECONDS);
        return new PageCache.Rendered(body, tag, modified, entry);
    }

    private void answer(
            HttpServletRequest request, HttpServletResponse response, PageCache.Rendered page, Visitor visitor)
            throws IOException {
        if (visitor.chosenNow()) {
            visitor.remember(request, response);
            response.setHeader("Cache-Control", "private, no-cache");
        } else {
            response.setHeader("Cache-Control", cacheControl);
        }
        // The language and care mode come from cookies: a shared cache keeps a copy per cookie header.
        response.setHeader("Vary", "Cookie");
        response.setHeader("ETag", page.etag());
        if (page.lastModified() != null) {
            response.setHeader("Last-Modified", HTTP_DATE.format(page.lastModified()));
        }
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(request, response, 200, "text/html;charset=UTF-8", page.body());
    }

    static boolean notModified(HttpServletRequest request, PageCache.Rendered page) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            return EntityTags.matches(match, page.etag());
        }
        long since = request.getDateHeader("If-Modified-Since");
        return since > 0 && page.lastModified() != null && page.lastModified().toEpochMilli() <= since;
    }

    private static void write(
            HttpServletRequest request, HttpServletResponse response, int status, String type, byte[] body)
            throws IOException {
        response.setStatus(status);
        // Nothing inline and nothing evaluated: stricter than the Vaadin pages need.
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setContentType(type);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** The decoded path without leading slash: {@code guides/1234}. */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        return org.tongban.host.web.api.ApiRoutes.trim(servletPath + info);
    }

    static String base(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard =
                port == 80 && "http".equals(request.getScheme()) || port == 443 && "https".equals(request.getScheme());
        return request.getScheme() + "://" + request.getServerName() + (standard ? "" : ":" + port);
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String name : Collections.list(request.getParameterNames())) {
            if (!name.equals("lang") && !name.equals("care")) {
                parameters.put(name, List.of(request.getParameterValues(name)));
            }
        }
        return parameters;
    }

    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** How many rendered pages this node keeps now. */
    public int cachedPages() {
        return cache.size();
    }

    @Override
    public void close() {
        try {
            invalidation.unregister();
        } catch (IllegalStateException e) {
            LOG.debug("The page cache's event handler was already gone", e);
        }
        homePage.close();
        traditional.close();
        routes.close();
    }
}
