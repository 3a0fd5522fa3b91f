package org.tongban.hotline.portal.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.hotline.PublicArticle;
import org.tongban.platform.api.portal.PageNotFoundException;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.platform.api.portal.PublicRoute;

/**
 * {@code /hotline/knowledge} (常见问题解答: the public articles in force, or those matching {@code ?q=} with the guide
 * search's analysis) and {@code /hotline/knowledge/<id>} (one article, its paragraphs as text). Plain HTML without a
 * session, escaped by the template, kept until an article is published, replaced or withdrawn.
 */
@Component(service = PublicPage.class)
@PublicRoute(
        path = {KnowledgePages.LIST, KnowledgePages.ONE},
        topics = {"hotline-article/PUBLISH", "hotline-article/WITHDRAW", "hotline-article/SUPERSEDE", "catalogue/*"})
public final class KnowledgePages implements PublicPage {
    static final String LIST = "hotline/knowledge";
    static final String ONE = "hotline/knowledge/{id}";
    static final int SHOWN = 30;

    /** The public page of one article, relative to the portal, as the Vaadin pages link it. */
    static String articlePath(String id) {
        return LIST + "/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An article as the page lists it. */
    public record Item(String id, String title, String lead, String published) {}

    /** A matter the article is about, by the name its guide is published under. */
    public record Guide(String code, String name) {}

    private final KnowledgeBase knowledge;

    @Activate
    public KnowledgePages(@Reference KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public PageView render(PageRequest request) {
        return ONE.equals(request.route()) ? article(request) : list(request);
    }

    private PageView list(PageRequest request) {
        String q = request.parameter("q");
        String text = q.length() > 200 ? q.substring(0, 200) : q;
        List<Item> items = knowledge.publicArticles(text, SHOWN).stream()
                .map(a -> new Item(a.id(), a.title(), lead(a.body()), day(a)))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("q", text);
        model.put("items", items);
        return PageView.of("site/knowledge.ftlh", model)
                .title(Texts.get(request.locale(), "hotline.portal.kb.title"))
                .canonical(LIST);
    }

    private PageView article(PageRequest request) {
        PublicArticle a = knowledge
                .publicArticle(request.pathParameter("id"))
                .orElseThrow(() -> new PageNotFoundException(request.pathParameter("id")));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("article", a);
        model.put("paragraphs", paragraphs(a.body()));
        model.put("published", day(a));
        model.put("guides", guides(a));
        return PageView.of("site/knowledge-article.ftlh", model)
                .title(a.title())
                .description(lead(a.body()))
                .canonical(LIST + "/" + a.id())
                .published(a.id() + "/" + a.version(), a.publishedAt());
    }

    /**
     * The linked matters that have a published guide, by its name; a code the catalogue no longer publishes is left
     * out rather than linked to a missing page. The page follows the catalogue's events, so a renamed or withdrawn
     * guide shows here at once.
     */
    private List<Guide> guides(PublicArticle a) {
        return a.matterCodes().stream()
                .flatMap(code -> knowledge.matterName(code).map(name -> new Guide(code, name)).stream())
                .toList();
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    static String lead(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 80) + "…" : flat;
    }

    private static String day(PublicArticle a) {
        return a.publishedAt() == null
                ? ""
                : a.publishedAt()
                        .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                        .toLocalDate()
                        .toString();
    }
}
