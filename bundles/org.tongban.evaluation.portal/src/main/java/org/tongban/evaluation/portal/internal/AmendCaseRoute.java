package org.tongban.evaluation.portal.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.evaluation.CitizenRatings;
import org.tongban.evaluation.EvaluationException;
import org.tongban.evaluation.Rating;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code POST /api/v1/evaluation/my/amend}: rates one of the citizen's finished cases (201), once (一事一评). */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = AmendCaseRoute.PATH, anonymous = true)
public final class AmendCaseRoute implements ApiRoute {
    static final String PATH = "v1/evaluation/my/amend";

    private final PublicAccounts accounts;
    private final CitizenRatings ratings;

    @Activate
    public AmendCaseRoute(@Reference PublicAccounts accounts, @Reference CitizenRatings ratings) {
        this.accounts = accounts;
        this.ratings = ratings;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        RatingRoutes.MyRequest body = request.body(RatingRoutes.MyRequest.class);
        PublicAccount account = RatingRoutes.signedIn(accounts, body.token());
        try {
            Rating rated = ratings.amendCase(account.id(), body.number(), RatingRoutes.rating(body));
            return ApiResponse.ok(rated);
        } catch (EvaluationException e) {
            throw RatingRoutes.refusal(e);
        }
    }

    @Override
    public String openApi() {
        return RatingRoutes.OPEN_API;
    }
}
