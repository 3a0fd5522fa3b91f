package org.tongban.evaluation.portal.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.evaluation.CitizenRatings;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code POST /api/v1/evaluation/my/rating}: the citizen's rating of one case (200), or 404 when there is none of theirs. */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = MyRatingRoute.PATH, anonymous = true)
public final class MyRatingRoute implements ApiRoute {
    static final String PATH = "v1/evaluation/my/rating";

    private final PublicAccounts accounts;
    private final CitizenRatings ratings;

    @Activate
    public MyRatingRoute(@Reference PublicAccounts accounts, @Reference CitizenRatings ratings) {
        this.accounts = accounts;
        this.ratings = ratings;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        RatingRoutes.MyRequest body = request.body(RatingRoutes.MyRequest.class);
        PublicAccount account = RatingRoutes.signedIn(accounts, body.token());
        String number = body.number() == null ? "" : Jdbc.clip(body.number(), 40);
        return ratings.ofCase(account.id(), number)
                .map(ApiResponse::ok)
                .orElseThrow(
                        () -> new ApiException(404, RatingRoutes.message("evaluation.portal.error.noRating", number)));
    }

    @Override
    public String openApi() {
        return RatingRoutes.OPEN_API;
    }
}
