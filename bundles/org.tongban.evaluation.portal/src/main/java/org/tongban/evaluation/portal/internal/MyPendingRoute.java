package org.tongban.evaluation.portal.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.evaluation.CitizenRatings;
import org.tongban.evaluation.CitizenRatings.PendingCase;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/** {@code POST /api/v1/evaluation/my/pending}: the signed-in citizen's finished cases waiting for a rating. */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = MyPendingRoute.PATH, anonymous = true)
public final class MyPendingRoute implements ApiRoute {
    static final String PATH = "v1/evaluation/my/pending";

    /** The answer. */
    public record Pending(List<PendingCase> cases) {}

    private final PublicAccounts accounts;
    private final CitizenRatings ratings;

    @Activate
    public MyPendingRoute(@Reference PublicAccounts accounts, @Reference CitizenRatings ratings) {
        this.accounts = accounts;
        this.ratings = ratings;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        RatingRoutes.MyRequest body = request.body(RatingRoutes.MyRequest.class);
        PublicAccount account = RatingRoutes.signedIn(accounts, body.token());
        return ApiResponse.ok(new Pending(ratings.pending(account.id())));
    }

    @Override
    public String openApi() {
        return RatingRoutes.OPEN_API;
    }
}
