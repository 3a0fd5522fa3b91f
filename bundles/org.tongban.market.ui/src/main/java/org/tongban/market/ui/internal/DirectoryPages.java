package org.tongban.market.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.market.Agencies;
import org.tongban.market.AgencyProfile;
import org.tongban.market.DirectoryPage;
import org.tongban.market.DirectoryQuery;
import org.tongban.market.ServiceType;
import org.tongban.platform.api.portal.PageNotFoundException;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.platform.api.portal.PublicRoute;

/**
 * {@code /market/agencies} (the public directory: every published agency with its services, completed projects,
 * rating, credit score and list; by text and service type, paged) and {@code /market/agencies/<id>} (one agency:
 * services, qualifications with their validity, completed projects, ratings, credit and conduct records). Plain HTML
 * without a session, rendered for every request so that a rating or a list entry shows at once.
 */
@Component(service = PublicPage.class)
@PublicRoute(path = {DirectoryPages.LIST, DirectoryPages.ONE})
public final class DirectoryPages implements PublicPage {
    static final String LIST = "market/agencies";
    static final String ONE = "market/agencies/{id}";
    static final int PAGE_SIZE = 20;

    private final Agencies agencies;

    @Activate
    public DirectoryPages(@Reference Agencies agencies) {
        this.agencies = agencies;
    }

    @Override
    public PageView render(PageRequest request) {
        return ONE.equals(request.route()) ? agency(request) : list(request);
    }

    private PageView list(PageRequest request) {
        String q = cut(request.parameter("q"), 100);
        List<ServiceType> types = agencies.serviceTypes();
        String type = request.parameter("type");
        String chosenType = types.stream().anyMatch(t -> t.code().equals(type)) ? type : "";
        int page = request.intParameter("page", 1, 10_000);
        DirectoryPage found = agencies.directory(new DirectoryQuery(
                q, chosenType.isEmpty() ? null : chosenType, null, (page - 1) * PAGE_SIZE, PAGE_SIZE));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("q", q);
        model.put("type", chosenType);
        model.put("types", types);
        model.put("typeNames", PublicModel.typeNames(types));
        model.put("rows", found.rows());
        model.put("total", found.total());
        model.put("page", page);
        model.put("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return PageView.of("site/agencies.ftlh", model)
                .title(Texts.get(request.locale(), "market.ui.site.agencies"))
                .description(Texts.get(request.locale(), "market.ui.site.agenciesIntro"))
                .canonical(LIST);
    }

    private PageView agency(PageRequest request) {
        long id = PublicModel.id(request.pathParameter("id"));
        AgencyProfile profile = agencies.profile(id).orElseThrow(() -> new PageNotFoundException(String.valueOf(id)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("p", profile);
        model.put("typeNames", PublicModel.typeNames(agencies.serviceTypes()));
        model.put("today", Labels.today());
        return PageView.of("site/agency.ftlh", model)
                .title(profile.agency().name())
                .description(Texts.get(
                        request.locale(),
                        "market.ui.site.agencyDescription",
                        profile.agency().name()))
                .canonical(LIST + "/" + id);
    }

    static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
