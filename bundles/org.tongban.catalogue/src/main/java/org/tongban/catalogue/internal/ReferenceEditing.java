package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CataloguePermissions.EDIT;
import static org.tongban.catalogue.CataloguePermissions.READ;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueNotFoundException;
import org.tongban.catalogue.CatalogueValidationException;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.jdbc.Jdbc;

/** Departments, FAQ entries and life events in the console: checked, stored, audited. */
final class ReferenceEditing {
    private final CatalogueContext context;

    ReferenceEditing(CatalogueContext context) {
        this.context = context;
    }

    List<Department> departments(String jurisdictionCode) {
        context.accessControl().check(READ, jurisdictionCode);
        return context.read(c -> {
            Where where = new Where()
                    .in(
                            "jurisdiction_code",
                            Scopes.subtree(c, context.jurisdictions(), jurisdictionCode, "catalogue_department"));
            return Jdbc.list(
                    c,
                    "SELECT " + ReferenceStore.DEPARTMENT_COLUMNS + " FROM catalogue_department" + where.sql()
                            + " ORDER BY code",
                    ReferenceStore::department,
                    where.params());
        });
    }

    Department saveDepartment(Department department) {
        if (department == null) {
            throw new CatalogueException("部门不能为空");
        }
        checkEditIfKnown(department.jurisdictionCode());
        return context.inTransaction(c -> {
            validate(c, rules -> rules.department(department, ""));
            Optional<Department> existing = ReferenceStore.department(c, department.code());
            if (existing.isPresent()) {
                context.accessControl().check(EDIT, existing.get().jurisdictionCode());
            }
            if (ReferenceStore.saveDepartment(c, department, context.actor(), Jdbc.now())) {
                context.auditLog()
                        .record("catalogue.department.save", "department/" + department.code(), department.name());
            }
            return department;
        });
    }

    List<Faq> faqs(String matterCode) {
        return context.read(c -> {
            context.matter(c, matterCode, READ, false);
            return ReferenceStore.faqs(
                    c, "f.code IN (SELECT faq_code FROM catalogue_faq_matter WHERE matter_code = ?)", matterCode);
        });
    }

    Faq saveFaq(Faq faq) {
        if (faq == null) {
            throw new CatalogueException("问答不能为空");
        }
        Set<String> touched = new LinkedHashSet<>(faq.matterCodes());
        context.inTransaction(c -> {
            validate(c, rules -> rules.faq(faq, ""));
            Optional<Faq> existing = ReferenceStore.faq(c, faq.code());
            existing.ifPresent(old -> touched.addAll(old.matterCodes()));
            checkEditOfMatters(c, touched);
            if (ReferenceStore.saveFaq(c, faq, context.actor(), Jdbc.now())) {
                context.auditLog().record("catalogue.faq.save", "faq/" + faq.code(), clip(faq.question()));
            } else {
                touched.clear();
            }
            touched.forEach(code -> context.events().faqsChanged(code));
            return null;
        });
        return faq;
    }

    void deleteFaq(String code) {
        List<String> touched = new ArrayList<>();
        context.inTransaction(c -> {
            Faq faq = ReferenceStore.faq(c, code)
                    .orElseThrow(() -> new CatalogueNotFoundException("问答「" + code + "」不存在"));
            checkEditOfMatters(c, faq.matterCodes());
            ReferenceStore.deleteFaq(c, code);
            context.auditLog().record("catalogue.faq.delete", "faq/" + code, clip(faq.question()));
            touched.addAll(faq.matterCodes());
            touched.forEach(matter -> context.events().faqsChanged(matter));
            return null;
        });
    }

    List<LifeEvent> lifeEvents(String jurisdictionCode) {
        context.accessControl().check(READ, jurisdictionCode);
        return context.read(c -> ReferenceStore.lifeEvents(
                c, Scopes.subtree(c, context.jurisdictions(), jurisdictionCode, "catalogue_life_event")));
    }

    LifeEvent saveLifeEvent(LifeEvent lifeEvent) {
        if (lifeEvent == null) {
            throw new CatalogueException("一件事不能为空");
        }
        checkEditIfKnown(lifeEvent.jurisdictionCode());
        return context.inTransaction(c -> {
            validate(c, rules -> rules.lifeEvent(lifeEvent, ""));
            Optional<LifeEvent> existing = ReferenceStore.lifeEvent(c, lifeEvent.code());
            if (existing.isPresent()) {
                context.accessControl().check(EDIT, existing.get().jurisdictionCode());
            }
            if (ReferenceStore.saveLifeEvent(c, lifeEvent, context.actor(), Jdbc.now())) {
                context.auditLog()
                        .record("catalogue.lifeEvent.save", "lifeEvent/" + lifeEvent.code(), lifeEvent.name());
            }
            return lifeEvent;
        });
    }

    void deleteLifeEvent(String code) {
        context.inTransaction(c -> {
            LifeEvent event = ReferenceStore.lifeEvent(c, code)
                    .orElseThrow(() -> new CatalogueNotFoundException("一件事「" + code + "」不存在"));
            context.accessControl().check(EDIT, event.jurisdictionCode());
            ReferenceStore.deleteLifeEvent(c, code);
            context.auditLog().record("catalogue.lifeEvent.delete", "lifeEvent/" + code, event.name());
            return null;
        });
    }

    private void checkEditIfKnown(String jurisdictionCode) {
        if (jurisdictionCode != null
                && context.jurisdictions().find(jurisdictionCode).isPresent()) {
            context.accessControl().check(EDIT, jurisdictionCode);
        }
    }

    private void checkEditOfMatters(Connection c, Iterable<String> matterCodes) throws SQLException {
        for (String code : matterCodes) {
            Optional<GuideStore.MatterRow> row = GuideStore.matter(c, code, false);
            if (row.isPresent()) {
                context.accessControl().check(EDIT, row.get().jurisdictionCode());
            }
        }
    }

    private void validate(Connection c, Consumer<GuideRules> check) {
        List<ValidationError> errors = new ArrayList<>();
        check.accept(new GuideRules(errors, new DatabaseLookup(c, context.jurisdictions())));
        if (!errors.isEmpty()) {
            throw new CatalogueValidationException(errors);
        }
    }

    private static String clip(String text) {
        return Jdbc.clip(text, 100);
    }
}
