package org.tongban.host.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.tongban.host.HostOptions;
import org.tongban.host.web.CityTheme;
import org.tongban.platform.api.portal.PageView;

/**
 * The frame around every public page: {@code <head>} with title, meta description and canonical link, the city's
 * styles and the care-mode layer, the header with the search box and language choice, and the footer a government
 * website must carry ({@link SiteIdentity}).
 */
final class PageFrame {

    private final PageTemplates templates;
    private final HostOptions options;
    private final Supplier<CityTheme> theme;
    private final String cityLocale;
    private final String version;
    private final java.util.function.BiFunction<java.util.Locale, String, String> script;
    private volatile SiteIdentity site;

    PageFrame(PageTemplates templates, HostOptions options, Supplier<CityTheme> theme) {
        this(templates, options, theme, (locale, text) -> text);
    }

    /**
     * @param script turns a page's own text into the script of the visitor's language (Traditional for 繁體), or
     *     leaves it
     */
    PageFrame(
            PageTemplates templates,
            HostOptions options,
            Supplier<CityTheme> theme,
            java.util.function.BiFunction<java.util.Locale, String, String> script) {
        this.script = script;
        this.templates = templates;
        this.options = options;
        this.theme = theme;
        this.cityLocale = options.setting("locale", "zh-CN");
        String implementation = PageFrame.class.getPackage().getImplementationVersion();
        this.version = implementation == null ? "dev" : implementation;
    }

    String hallName(java.util.Locale locale) {
        return theme.get().hallName(locale);
    }

    Visitor visitor(HttpServletRequest request) {
        return Visitor.of(request, cityLocale);
    }

    /** Part of every entity tag: a new release of the frame makes the old copies stale. */
    String version() {
        return version;
    }

    String render(HttpServletRequest request, PageView view, String content, Visitor visitor) {
        CityTheme city = theme.get();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", Messages.host(visitor.locale()));
        model.put("lang", visitor.locale().toLanguageTag());
        model.put("care", visitor.care());
        model.put("hallName", city.hallName(visitor.locale()));
        model.put("theme", city.name());
        model.put("logo", city.logo());
        model.put("site", site());
        model.put("title", script.apply(visitor.locale(), view.title()));
        model.put("description", script.apply(visitor.locale(), view.description()));
        String path = "/" + PublicSite.path(request);
        String canonical = view.canonical() == null || view.canonical().isBlank() ? path : "/" + view.canonical();
        model.put("canonical", PublicSite.base(request) + canonical);
        model.put("path", path);
        model.put("switchTo", switchBase(request, path));
        model.put("query", request.getParameter("q") == null ? "" : request.getParameter("q"));
        model.put("content", script.apply(visitor.locale(), content));
        return templates.renderHost("portal/frame.ftlh", model);
    }

    /**
     * The page's own address with its query but the visitor's choices ({@code lang}, {@code care}), ending in {@code ?}
     * or {@code &}: a language or care-mode link appends its choice and keeps the search, filters and page.
     */
    static String switchBase(HttpServletRequest request, String path) {
        StringBuilder link = new StringBuilder(path).append('?');
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!pair.isEmpty() && !name.equals("lang") && !name.equals("care")) {
                    link.append(pair).append('&');
                }
            }
        }
        return link.toString();
    }

    SiteIdentity site() {
        SiteIdentity read = site;
        if (read == null) {
            read = SiteIdentity.read(options.home(), theme.get().name());
            site = read;
        }
        return read;
    }
}
