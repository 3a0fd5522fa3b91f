package org.tongban.credit.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.credit.CreditRecords;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/credit}: an applicant's credit records and their appeals. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "credit",
        view = CreditRecordsView.class,
        audience = Audience.CONSOLE,
        titleKey = "credit.menu",
        permission = CreditRecords.READ_PERMISSION,
        icon = "vaadin:scale")
public final class CreditConsoleContribution implements ViewFactory {
    private final CreditRecords credit;
    private final AccessControl accessControl;

    @Activate
    public CreditConsoleContribution(@Reference CreditRecords credit, @Reference AccessControl accessControl) {
        this.credit = credit;
        this.accessControl = accessControl;
    }

    @Override
    public Component createView() {
        return new CreditRecordsView(credit, accessControl);
    }
}
