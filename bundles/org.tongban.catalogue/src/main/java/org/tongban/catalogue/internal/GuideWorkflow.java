package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CataloguePermissions.EDIT;
import static org.tongban.catalogue.CataloguePermissions.PUBLISH;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueValidationException;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * Saving drafts and moving guides through draft → review → published, one transaction per step. The steps are the
 * transitions of {@link GuideStates#GUIDE} on the platform's workflows, which check each step's permission, keep the
 * history and write the audit entries ({@code guide.save}, {@code guide.submit}, ...); the catalogue adds its own
 * domain events ({@code catalogue/PUBLISHED}, {@code catalogue/WITHDRAWN}) in the same transaction.
 */
final class GuideWorkflow {
    private static final int MAX_REMARK = 2000;

    private final CatalogueContext context;

    GuideWorkflow(CatalogueContext context) {
        this.context = context;
    }

    ServiceGuide saveDraft(Matter matter, String comment) {
        if (matter == null) {
            throw new CatalogueException("事项内容不能为空");
        }
        if (matter.jurisdictionCode() != null
                && context.jurisdictions().find(matter.jurisdictionCode()).isPresent()) {
            context.accessControl().check(EDIT, matter.jurisdictionCode());
        }
        String remark = remark(comment, false);
        return context.inTransaction(c -> {
            Optional<GuideStore.MatterRow> existing = GuideStore.matter(c, matter.code(), true);
            if (existing.isPresent()) {
                context.accessControl().check(EDIT, existing.get().jurisdictionCode());
                refuseUnderReview(c, existing.get());
            }
            List<ValidationError> errors = new ArrayList<>();
            new GuideRules(errors, new DatabaseLookup(c, context.jurisdictions())).matter(matter, "");
            if (!errors.isEmpty()) {
                throw new CatalogueValidationException(errors);
            }
            Instant now = Jdbc.now();
            // The new version's case is created on the platform's workflows, which audits it ("guide.save").
            GuideStore.Saved saved = GuideStore.save(c, context.states(), matter, context.actor(), now, remark);
            return guide(c, matter.code(), saved.version());
        });
    }

    ServiceGuide submit(String code, String comment) {
        String remark = remark(comment, false);
        return context.inTransaction(c -> {
            GuideStore.MatterRow row = context.matter(c, code, EDIT, true);
            int version = expect(c, row, GuideStatus.DRAFT, "只有草稿可以提交审核");
            context.states().move(c, code, version, GuideStates.SUBMIT, GuideStatus.REVIEW, context.actor(), remark);
            return guide(c, code, version);
        });
    }

    // The reviewer decides on what was submitted: it must not change under their eyes.
    private static void refuseUnderReview(Connection c, GuideStore.MatterRow row) throws SQLException {
        GuideStore.VersionRow latest =
                GuideStore.version(c, row.code(), row.latestVersion()).orElseThrow();
        if (latest.status() == GuideStatus.REVIEW) {
            throw new CatalogueException(
                    "事项「" + row.code() + "」第" + latest.version() + "版正在审核中，不能修改；如需修改，请先撤回提交，或待审核人退回后再改");
        }
    }

    /** The submitter takes the guide back from review; nobody else may, so that a reviewer's queue stays stable. */
    ServiceGuide recall(String code, String comment) {
        String remark = remark(comment, false);
        return context.inTransaction(c -> {
            GuideStore.MatterRow row = context.matter(c, code, EDIT, true);
            int version = expect(c, row, GuideStatus.REVIEW, "只有待审核的指南可以撤回提交");
            String submitter =
                    GuideStore.version(c, code, version).orElseThrow().statusChangedBy();
            String actor = context.actor();
            if (!actor.equals(submitter)) {
                throw new CatalogueException("只有提交人（" + submitter + "）可以撤回提交");
            }
            context.states().move(c, code, version, GuideStates.RECALL, GuideStatus.DRAFT, actor, remark);
            return guide(c, code, version);
        });
    }

    ServiceGuide publish(String code, String comment) {
        String remark = remark(comment, false);
        ServiceGuide published = context.inTransaction(c -> {
            GuideStore.MatterRow row = context.matter(c, code, PUBLISH, true);
            int version = expect(c, row, GuideStatus.REVIEW, "只有待审核的指南可以发布");
            GuideStore.publish(c, context.states(), row, version, context.actor(), Jdbc.now(), remark);
            context.events().published(code);
            return guide(c, code, version);
        });
        return published;
    }

    ServiceGuide sendBack(String code, String reason) {
        String remark = remark(reason, true);
        return context.inTransaction(c -> {
            GuideStore.MatterRow row = context.matter(c, code, PUBLISH, true);
            int version = expect(c, row, GuideStatus.REVIEW, "只有待审核的指南可以退回");
            context.states().move(c, code, version, GuideStates.SEND_BACK, GuideStatus.DRAFT, context.actor(), remark);
            return guide(c, code, version);
        });
    }

    ServiceGuide withdraw(String code, String reason) {
        String remark = remark(reason, true);
        ServiceGuide withdrawn = context.inTransaction(c -> {
            GuideStore.MatterRow row = context.matter(c, code, PUBLISH, true);
            if (row.publishedVersion() == null) {
                throw new CatalogueException("事项「" + code + "」没有已发布的指南，无法撤回");
            }
            GuideStore.withdraw(c, context.states(), row, context.actor(), Jdbc.now(), remark);
            context.events().withdrawn(code);
            return guide(c, code, row.publishedVersion());
        });
        return withdrawn;
    }

    private static int expect(Connection c, GuideStore.MatterRow row, GuideStatus status, String message)
            throws SQLException {
        GuideStore.VersionRow latest =
                GuideStore.version(c, row.code(), row.latestVersion()).orElseThrow();
        if (latest.status() != status) {
            throw new CatalogueException(message + "（事项「" + row.code() + "」第" + latest.version() + "版当前为"
                    + latest.status().label() + "）");
        }
        return latest.version();
    }

    private static ServiceGuide guide(Connection c, String code, int version) throws SQLException {
        return GuideStore.guide(GuideStore.version(c, code, version).orElseThrow());
    }

    static String remark(String text, boolean required) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            if (required) {
                throw new CatalogueException("请填写原因");
            }
            return null;
        }
        if (stripped.length() > MAX_REMARK) {
            throw new CatalogueException("说明不能超过" + MAX_REMARK + "个字（当前" + stripped.length() + "个字）");
        }
        return stripped;
    }

    static String target(String code) {
        return "matter/" + code;
    }
}
