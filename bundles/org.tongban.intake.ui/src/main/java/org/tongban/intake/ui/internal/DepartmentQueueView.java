package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeQueries;
import org.tongban.intake.IntakeService;
import org.tongban.intake.Page;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.PagedGrid;

/** 科室待办: the accepted cases of a department not yet claimed, with a claim button per case. */
public final class DepartmentQueueView extends VerticalLayout {
    private final IntakeService service;
    private final Select<String> department = new Select<>();
    private final PagedGrid<IntakeCase> list;

    public DepartmentQueueView(
            IntakeService service, IntakeQueries queries, MatterCatalogue catalogue, AccessControl access) {
        this.service = service;
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        // Only departments whose queue the clerk may read: the catalogue lists the city's above a district's too.
        List<Department> departments = home == null
                ? List.of()
                : catalogue.departments(home).stream()
                        .filter(d -> access.isPermitted(IntakePermissions.READ, d.jurisdictionCode()))
                        .toList();
        department.setLabel(getTranslation("intake.ui.department.label"));
        department.setItems(departments.stream().map(Department::code).toList());
        department.setItemLabelGenerator(code -> departments.stream()
                .filter(d -> d.code().equals(code))
                .map(Department::name)
                .findFirst()
                .orElse(code));
        department.setEmptySelectionAllowed(false);
        list = CaseList.of(this, (filters, page) -> {
            String code = filters.get("department");
            return code == null
                    ? new Page<>(List.of(), 0, page[1], 0)
                    : queries.departmentQueue(code, page[0], page[1]);
        });
        list.filter("department", department);
        if (access.isPermitted(IntakePermissions.REVIEW)) {
            CaseList.addColumn(list, getTranslation("intake.ui.department.claimColumn"), this::claimButton);
        }
        if (!departments.isEmpty()) {
            department.setValue(departments.getFirst().code());
        }
        add(new H2(getTranslation("intake.ui.department.menu")), department, list);
        addClassName(CasePath.PAGE_CLASS);
        setMaxWidth("80rem");
    }

    private Button claimButton(IntakeCase k) {
        Button claim = new Button(getTranslation("intake.ui.action.claim"), click -> claim(k));
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
        claim.setAriaLabel(getTranslation("intake.ui.department.claimAria", k.number()));
        return claim;
    }

    void claim(IntakeCase k) {
        try {
            IntakeCase claimed = service.claim(k.number(), k.version());
            Feedback.success(getTranslation("intake.ui.department.claimed", claimed.number()));
        } catch (RuntimeException e) {
            CaseFeedback.FEEDBACK.failure(this, e);
        }
        list.refresh();
    }

    PagedGrid<IntakeCase> list() {
        return list;
    }

    Select<String> department() {
        return department;
    }
}
