package org.tongban.evaluation.portal.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.evaluation.CitizenRatings;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /my-ratings} to the portal's menu: 我的评价, the finished cases waiting for a rating. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = MyRatingsView.ROUTE,
        view = MyRatingsView.class,
        audience = Audience.PORTAL,
        titleKey = "evaluation.portal.mine.menu",
        icon = "vaadin:star",
        order = 60)
public final class MyRatingsContribution implements ViewFactory {
    private final CitizenRatings ratings;

    @Activate
    public MyRatingsContribution(@Reference CitizenRatings ratings) {
        this.ratings = ratings;
    }

    @Override
    public Component createView() {
        return new MyRatingsView(ratings);
    }
}
