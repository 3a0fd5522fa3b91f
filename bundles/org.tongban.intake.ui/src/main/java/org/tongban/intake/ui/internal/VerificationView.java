package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
 * 告知承诺核查: the 告知承诺 cases of a jurisdiction's subtree whose verification period ended with the pledges unverified
 * (the department was told then), or all still to verify, earliest deadline first. The verification itself is a
 * dialog of the case page.
 */
public final class VerificationView extends VerticalLayout {
    static final String LAPSED = "LAPSED";
    static final String OPEN = "OPEN";

    private final JurisdictionField jurisdiction;
    private final RadioButtonGroup<String> show = new RadioButtonGroup<>();
    private final PagedGrid<IntakeCase> list;

    public VerificationView(IntakeQueries queries, Jurisdictions jurisdictions, AccessControl access) {
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        jurisdiction = new JurisdictionField(
                getTranslation("intake.ui.verification.jurisdiction"), JurisdictionChoices.below(jurisdictions, home));
        show.setLabel(getTranslation("intake.ui.verification.show"));
        show.setItems(LAPSED, OPEN);
        show.setItemLabelGenerator(v -> getTranslation("intake.ui.verification." + v));
        show.setValue(LAPSED);
        show.setId("intake-verification-show");
        list = CaseList.of(this, (filters, page) -> {
            String code = filters.get("jurisdiction");
            if (code == null || !access.isPermitted(IntakePermissions.VERIFY, code)) {
                return new Page<>(List.of(), 0, page[1], 0);
            }
            return OPEN.equals(filters.get("show"))
                    ? queries.verificationQueue(code, page[0], page[1])
                    : queries.verificationLapsed(code, page[0], page[1]);
        });
        list.filter("jurisdiction", jurisdiction, Jurisdiction::code, code -> jurisdiction
                .choices()
                .find(code)
                .orElse(null));
        list.filter("show", show);
        if (home != null) {
            jurisdiction.select(home);
        }
        FlexLayout filters = new FlexLayout(jurisdiction, show);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(
                new H2(getTranslation("intake.ui.verification.menu")),
                new Paragraph(getTranslation("intake.ui.verification.hint")),
                filters,
                list);
        addClassName(CasePath.PAGE_CLASS);
        setMaxWidth("80rem");
    }

    PagedGrid<IntakeCase> list() {
        return list;
    }

    RadioButtonGroup<String> show() {
        return show;
    }
}
