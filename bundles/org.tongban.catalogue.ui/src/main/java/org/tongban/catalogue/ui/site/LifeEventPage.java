package org.tongban.catalogue.ui.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.catalogue.CatalogueTopics;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.Tailoring;
import org.tongban.catalogue.ui.GuideLinks;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.portal.PageNotFoundException;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.platform.api.portal.PublicRoute;
import org.tongban.platform.api.portal.SiteMapLink;
import org.tongban.platform.api.portal.SitemapEntry;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * {@code /life-events} and {@code /life-events/<code>}: the life events (一件事) and, for one, its questions as a plain
 * GET form whose answers stay in the address ({@code ?<question>=<option>}), so a refresh, a shared link or a printout
 * keeps them; the tailored matters and materials follow. Answers naming an unknown question or option are ignored.
 */
@Component(service = PublicPage.class)
@PublicRoute(
        path = {SiteRoutes.LIFE_EVENTS, SiteRoutes.LIFE_EVENT},
        topics = CatalogueTopics.ALL)
public final class LifeEventPage implements PublicPage {

    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;
    private final ContributedLinks links = new ContributedLinks();

    @Activate
    public LifeEventPage(
            @Reference MatterCatalogue catalogue, @Reference Jurisdictions jurisdictions, BundleContext context) {
        this(catalogue, jurisdictions, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    LifeEventPage(MatterCatalogue catalogue, Jurisdictions jurisdictions, String rootJurisdiction) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = rootJurisdiction;
    }

    /** Links other features add to the page (intake's 在线申请). */
    @Reference(
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addLinks(GuideLinks contributed) {
        links.add(contributed);
    }

    void removeLinks(GuideLinks contributed) {
        links.remove(contributed);
    }

    @Override
    public PageView render(PageRequest request) {
        if (request.route().equals(SiteRoutes.LIFE_EVENTS)) {
            return PageView.of("site/life-events.ftlh", Map.of("events", catalogue.lifeEvents(rootJurisdiction)))
                    .title(SiteTexts.get(request.locale(), "catalogue.portal.lifeEvents"))
                    .description(SiteTexts.get(request.locale(), "catalogue.portal.lifeEvents.intro"))
                    .canonical(SiteRoutes.LIFE_EVENTS);
        }
        String code = request.pathParameter("code");
        LifeEvent event = catalogue.lifeEvent(code).orElseThrow(() -> new PageNotFoundException(code));
        Map<String, String> answers = answers(event, request);
        Tailoring tailoring = catalogue.tailor(code, answers);
        int materials =
                tailoring.matters().stream().mapToInt(m -> m.materials().size()).sum();
        return PageView.of(
                        "site/life-event.ftlh",
                        Map.of(
                                "event", event,
                                "answers", answers,
                                "tailoring", tailoring,
                                "materialCount", materials,
                                "pdf", checklist(code, answers),
                                "links", links.of(l -> l.forLifeEvent(event, request.locale()))))
                .title(event.name())
                .description(event.description() == null ? event.name() : event.description())
                .canonical(SiteRoutes.lifeEvent(code));
    }

    /** The address of the tailored list as a PDF, with the same answers. */
    static String checklist(String code, Map<String, String> answers) {
        StringBuilder href = new StringBuilder("/api/v1/life-events/" + SiteRoutes.segment(code) + "/checklist.pdf");
        answers.forEach((question, option) -> href.append(href.indexOf("?") < 0 ? '?' : '&')
                .append(SiteRoutes.segment(question))
                .append('=')
                .append(SiteRoutes.segment(option)));
        return href.toString();
    }

    /** The answers of the address that name a question of this event and one of its options. */
    static Map<String, String> answers(LifeEvent event, PageRequest request) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (SituationQuestion question : event.questions()) {
            String chosen = request.parameter(question.code());
            if (question.options().stream().anyMatch(o -> o.code().equals(chosen))) {
                answers.put(question.code(), chosen);
            }
        }
        return answers;
    }

    /** The list and every life event of the city and of its districts, once each. */
    @Override
    public List<SitemapEntry> sitemap() {
        Map<String, SitemapEntry> entries = new LinkedHashMap<>();
        entries.put(SiteRoutes.LIFE_EVENTS, new SitemapEntry(SiteRoutes.LIFE_EVENTS, null));
        List<String> scopes = new java.util.ArrayList<>(List.of(rootJurisdiction));
        jurisdictions.children(rootJurisdiction).forEach(child -> scopes.add(child.code()));
        for (String scope : scopes) {
            catalogue
                    .lifeEvents(scope)
                    .forEach(e -> entries.putIfAbsent(
                            SiteRoutes.lifeEvent(e.code()), new SitemapEntry(SiteRoutes.lifeEvent(e.code()), null)));
        }
        return List.copyOf(entries.values());
    }

    /** 一件事一次办: the list and each life event of the city and its districts. */
    @Override
    public List<SiteMapLink> siteMapLinks(java.util.Locale locale) {
        String heading = SiteTexts.get(locale, "catalogue.portal.lifeEvents");
        List<SiteMapLink> links = new java.util.ArrayList<>();
        links.add(new SiteMapLink(
                heading, SiteRoutes.LIFE_EVENTS, SiteTexts.get(locale, "catalogue.site.sitemap.lifeEvents")));
        if (rootJurisdiction != null) {
            // The city's and its districts' life events, once each, as in the sitemap.
            Map<String, SiteMapLink> events = new LinkedHashMap<>();
            List<String> scopes = new java.util.ArrayList<>(List.of(rootJurisdiction));
            jurisdictions.children(rootJurisdiction).forEach(child -> scopes.add(child.code()));
            for (String scope : scopes) {
                catalogue
                        .lifeEvents(scope)
                        .forEach(e -> events.putIfAbsent(
                                e.code(), new SiteMapLink(heading, SiteRoutes.lifeEvent(e.code()), e.name())));
            }
            links.addAll(events.values());
        }
        return links;
    }
}
