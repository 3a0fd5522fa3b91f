package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeQueries;
import org.tongban.intake.Page;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;
import org.tongban.platform.ui.PagedGrid;

/**
 * 超期预警: open cases of a jurisdiction's subtree whose clock went overdue, oldest deadline first. The working-time
 * engine's warnings come to the clerks as console notices; this list is what stays.
 */
public final class OverdueView extends VerticalLayout {
    private final JurisdictionField jurisdiction;
    private final PagedGrid<IntakeCase> list;

    public OverdueView(IntakeQueries queries, Jurisdictions jurisdictions, AccessControl access) {
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        jurisdiction = new JurisdictionField(
                getTranslation("intake.ui.overdue.jurisdiction"), JurisdictionChoices.below(jurisdictions, home));
        list = CaseList.of(this, (filters, page) -> {
            String code = filters.get("jurisdiction");
            return code == null || !access.isPermitted(IntakePermissions.READ, code)
                    ? new Page<>(List.of(), 0, page[1], 0)
                    : queries.overdue(code, page[0], page[1]);
        });
        list.filter("jurisdiction", jurisdiction, Jurisdiction::code, code -> jurisdiction
                .choices()
                .find(code)
                .orElse(null));
        if (home != null) {
            jurisdiction.select(home);
        }
        add(
                new H2(getTranslation("intake.ui.overdue.menu")),
                new Paragraph(getTranslation("intake.ui.overdue.hint")),
                jurisdiction,
                list);
        addClassName(CasePath.PAGE_CLASS);
        setMaxWidth("80rem");
    }

    PagedGrid<IntakeCase> list() {
        return list;
    }
}
