package org.tongban.market.ui.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.market.BestPrice;
import org.tongban.market.Draw;
import org.tongban.market.DrawInputs;
import org.tongban.market.DrawResult;
import org.tongban.market.MarketRules;
import org.tongban.market.Project;
import org.tongban.market.Projects;
import org.tongban.market.Selection;
import org.tongban.platform.api.portal.PageNotFoundException;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.platform.api.portal.PublicRoute;

/**
 * {@code /market/projects/<id>/draw}: the draw's inputs as they were fixed and published before it ran (the sorted
 * candidates, their SHA-256, the public value and the algorithm), the published order and winner, and two re-checks
 * that use nothing but those inputs: the visitor's browser re-runs the algorithm on the text shown in the page
 * ({@code /api/v1/market/redraw.js}, which also runs standalone under Node.js on the downloaded inputs), and the form
 * below re-runs it on the server from the values the visitor submits, so that changing any input visibly changes the
 * outcome. The best-price reference is re-computed the same way.
 */
@Component(service = PublicPage.class)
@PublicRoute(path = DrawPage.PATH)
public final class DrawPage implements PublicPage {
    static final String PATH = "market/projects/{id}/draw";
    /** Up to this many candidates the re-check form offers the list for editing (longer lists stay in the page). */
    static final int EDITABLE_CANDIDATES = 200;

    private final Projects projects;

    @Activate
    public DrawPage(@Reference Projects projects) {
        this.projects = projects;
    }

    /** A re-run from submitted inputs: the order it gives and whether it is the published one. */
    public record Recheck(
            String publicValue,
            List<String> candidates,
            String candidatesSha256,
            boolean checksumMatches,
            List<String> ranked,
            boolean same,
            String error,
            BestPrice bestPrice) {}

    @Override
    public PageView render(PageRequest request) {
        long id = PublicModel.id(request.pathParameter("id"));
        Project project = projects.find(id).orElseThrow(() -> new PageNotFoundException(String.valueOf(id)));
        Optional<DrawInputs> inputs = projects.drawInputs(id);
        Optional<Selection> selection = projects.selection(id);
        DrawResult result = selection.map(Selection::draw).orElse(null);
        BestPrice bestPrice = selection.map(Selection::bestPrice).orElse(null);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("p", project);
        model.put("fixed", inputs.isPresent());
        model.put("ran", result != null);
        inputs.ifPresent(i -> model.put("inputs", i));
        model.put("inputsText", inputs.map(DrawInputs::toText).orElse(""));
        model.put("fixedAt", inputs.map(i -> Labels.time(i.fixedAt())).orElse(""));
        if (result != null) {
            model.put("result", result);
        }
        model.put("ranAt", result == null ? "" : Labels.time(result.ranAt()));
        if (bestPrice != null) {
            model.put("bestPrice", bestPrice);
        }
        model.put(
                "bids",
                bestPrice == null
                        ? ""
                        : String.join(
                                " ",
                                bestPrice.bids().stream().map(Labels::money).toList()));
        model.put(
                "editable",
                inputs.map(i -> i.candidates().size() <= EDITABLE_CANDIDATES).orElse(false));
        if (inputs.isPresent() && result != null && wantsRecheck(request)) {
            model.put("recheck", recheck(request, inputs.get(), result, bestPrice, projects.rules()));
        }
        return PageView.of("site/draw.ftlh", model)
                .title(Texts.get(request.locale(), "market.ui.draw.title", project.number()))
                .description(
                        Texts.get(request.locale(), "market.ui.draw.description", project.number(), project.title()))
                .canonical(ProjectPages.LIST + "/" + id + "/draw");
    }

    private static boolean wantsRecheck(PageRequest request) {
        return "1".equals(request.parameter("check"));
    }

    /**
     * Re-runs the draw from the submitted public value and candidates (the published ones when the form leaves them
     * out), with nothing else from the database: the key, the order and the best-price factor all come from them.
     */
    static Recheck recheck(
            PageRequest request, DrawInputs published, DrawResult result, BestPrice bestPrice, MarketRules rules) {
        String publicValue = request.parameter("publicValue").isEmpty()
                ? published.publicValue()
                : DirectoryPages.cut(request.parameter("publicValue"), 200);
        List<String> candidates = request.parameter("candidates").isEmpty()
                ? published.candidates()
                : Arrays.stream(request.parameter("candidates").split("\\R"))
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .limit(EDITABLE_CANDIDATES)
                        .toList();
        if (candidates.isEmpty()) {
            return new Recheck(
                    publicValue, candidates, "", false, List.of(), false, "market.ui.draw.noCandidates", null);
        }
        DrawInputs shown = Draw.inputs(published.projectNumber(), candidates, publicValue, null);
        DrawResult again = Draw.run(shown, null);
        BestPrice price = bestPrice == null
                ? null
                : BestPrice.compute(bestPrice.bids(), Draw.factor(shown, rules.factorLow(), rules.factorHigh()));
        boolean same = again.ranked().equals(result.ranked())
                && (price == null || price.winningBid().compareTo(bestPrice.winningBid()) == 0);
        return new Recheck(
                publicValue,
                shown.candidates(),
                shown.candidatesSha256(),
                shown.candidatesSha256().equals(published.candidatesSha256()),
                again.ranked(),
                same,
                null,
                price);
    }

    static String plain(BigDecimal value) {
        return Labels.money(value);
    }
}
