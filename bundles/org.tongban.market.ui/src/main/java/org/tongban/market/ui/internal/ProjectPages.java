package org.tongban.market.ui.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.market.Agencies;
import org.tongban.market.Objection;
import org.tongban.market.Project;
import org.tongban.market.ProjectPage;
import org.tongban.market.ProjectQuery;
import org.tongban.market.ProjectState;
import org.tongban.market.Projects;
import org.tongban.market.Selection;
import org.tongban.market.SignUp;
import org.tongban.platform.api.portal.PageNotFoundException;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.platform.api.portal.PublicRoute;
import org.tongban.platform.api.security.AccessDeniedException;

/**
 * {@code /market/projects} (every published project, newest first, by text, service type and state, with its
 * result) and {@code /market/projects/<id>} (one project: scope, ceiling, funding, method, window, the sign-ups once
 * the window closed, the selection with a link to its draw, objections and their answers, the history). The market
 * keeps every transaction public; the page renders for every request.
 */
@Component(service = PublicPage.class)
@PublicRoute(path = {ProjectPages.LIST, ProjectPages.ONE})
public final class ProjectPages implements PublicPage {
    static final String LIST = "market/projects";
    static final String ONE = "market/projects/{id}";
    static final int PAGE_SIZE = 20;

    /** A project as the list shows it. */
    public record Row(Project project, String typeName, String stateLabel, String winner) {}

    private final Projects projects;
    private final Agencies agencies;

    @Activate
    public ProjectPages(@Reference Projects projects, @Reference Agencies agencies) {
        this.projects = projects;
        this.agencies = agencies;
    }

    @Override
    public PageView render(PageRequest request) {
        return ONE.equals(request.route()) ? project(request) : list(request);
    }

    private PageView list(PageRequest request) {
        String q = DirectoryPages.cut(request.parameter("q"), 100);
        Map<String, String> typeNames = PublicModel.typeNames(agencies.serviceTypes());
        String type = typeNames.containsKey(request.parameter("type")) ? request.parameter("type") : "";
        ProjectState state = Arrays.stream(ProjectState.values())
                .filter(s -> s.name().equals(request.parameter("state")))
                .findFirst()
                .orElse(null);
        int page = request.intParameter("page", 1, 10_000);
        ProjectPage found = projects.search(
                new ProjectQuery(q, type.isEmpty() ? null : type, state, null, (page - 1) * PAGE_SIZE, PAGE_SIZE));
        List<Row> rows = found.rows().stream()
                .map(p -> new Row(
                        p,
                        typeNames.getOrDefault(p.serviceTypeCode(), p.serviceTypeCode()),
                        Texts.get(request.locale(), Labels.key(p.state())),
                        winnerName(p)))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("q", q);
        model.put("type", type);
        model.put("state", state == null ? "" : state.name());
        model.put("typeNames", typeNames);
        model.put("states", Arrays.stream(ProjectState.values()).map(Enum::name).toList());
        model.put("rows", rows);
        model.put("total", found.total());
        model.put("page", page);
        model.put("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return PageView.of("site/projects.ftlh", model)
                .title(Texts.get(request.locale(), "market.ui.site.projects"))
                .description(Texts.get(request.locale(), "market.ui.site.projectsIntro"))
                .canonical(LIST);
    }

    private PageView project(PageRequest request) {
        long id = PublicModel.id(request.pathParameter("id"));
        Project p = projects.find(id).orElseThrow(() -> new PageNotFoundException(String.valueOf(id)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("p", p);
        model.put("typeName", PublicModel.typeNames(agencies.serviceTypes()).getOrDefault(p.serviceTypeCode(), ""));
        model.put("stateLabel", Texts.get(request.locale(), Labels.key(p.state())));
        model.put("ceiling", Labels.money(p.priceCeiling()));
        model.put("price", Labels.money(p.price()));
        model.put("opens", Labels.time(p.signUpOpens()));
        model.put("closes", Labels.time(p.signUpCloses()));
        model.put("publicityEnds", Labels.time(p.publicityEnds()));
        model.put("winner", winnerName(p));
        // The service decides when the sign-ups become public (after the window, on its clock).
        Optional<List<PublicSignUp>> signUps = publicSignUps(id, request.locale());
        model.put("signUps", signUps.orElse(List.of()));
        model.put("signUpsOpen", signUps.isEmpty());
        Optional<Selection> selection = projects.selection(id);
        model.put("selected", selection.isPresent());
        model.put("failed", selection.map(Selection::failed).orElse(false));
        model.put("failureReason", selection.map(Selection::failureReason).orElse(""));
        model.put(
                "drawn",
                selection.map(s -> s.draw() != null).orElse(false)
                        || projects.drawInputs(id).isPresent());
        List<Objection> objections = projects.objections(id);
        model.put("objections", objections);
        model.put(
                "history",
                projects.history(id).stream()
                        .map(h -> new Line(
                                Labels.time(h.at()),
                                stateLabel(request.locale(), h.to()),
                                h.reason() == null ? "" : h.reason()))
                        .toList());
        return PageView.of("site/project.ftlh", model)
                .title(p.title())
                .description(Texts.get(request.locale(), "market.ui.site.projectDescription", p.number(), p.title()))
                .canonical(LIST + "/" + id);
    }

    /** One line of the history. */
    public record Line(String at, String title, String note) {}

    /** One sign-up as the public sees it once the window closed: agency, bid and the reasons it was excluded. */
    public record PublicSignUp(String agency, String bid, String excluded) {}

    static String stateLabel(java.util.Locale locale, String state) {
        return Arrays.stream(ProjectState.values())
                .filter(s -> s.name().equals(state))
                .findFirst()
                .map(s -> Texts.get(locale, Labels.key(s)))
                .orElse(state == null ? "" : state);
    }

    private Optional<List<PublicSignUp>> publicSignUps(long id, java.util.Locale locale) {
        try {
            return Optional.of(projects.signUps(null, id).stream()
                    .map(s -> new PublicSignUp(s.agencyName(), Labels.money(s.bid()), exclusions(s, locale)))
                    .toList());
        } catch (AccessDeniedException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String exclusions(SignUp s, java.util.Locale locale) {
        return String.join(
                "；",
                s.exclusions().stream()
                        .map(r -> Texts.get(locale, Labels.key(r)))
                        .toList());
    }

    private String winnerName(Project p) {
        if (p.winnerAgencyId() == null) {
            return "";
        }
        return agencies.profile(p.winnerAgencyId()).map(a -> a.agency().name()).orElse("");
    }
}
