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
import org.tongban.catalogue.GuideAction;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.jdbc.Jdbc;

/** Saving drafts and moving guides through draft → review → published, one transaction per step. */
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
            List<ValidationError> errors = new ArrayList<>();
            new GuideRules(errors, new DatabaseLookup(c, context.jurisdictions())).matter(matter, "");
            if (!errors.isEmpty()) {
                throw new CatalogueValidationException(errors);
            }
            Optional<GuideStore.MatterRow> existing = GuideStore.matter(c, matter.code(), true);
            if (existing.isPresent()) {
                context.accessControl().check(EDIT, existing.get().jurisdictionCode());
            }
            Instant now = Jdbc.now();
            GuideStore.Saved saved = GuideStore.save(c, matter, GuideAction.SAVED, context.actor(), now, remark);
            if (saved.outcome() != GuideStore.Outcome.UNCHANGED) {
                context.auditLog()
                        .record("catalogue.save", target(matter.code()), "第" + saved.version() + "版：" + matter.name());
            }
            return guide(c, matter.code(), saved.version());
        });
    }

    ServiceGuide submit(String code, String comment) {
        String remark = remark(comment, false);
        return context.inTransaction(c -> {
            GuideStore.MatterRow row = context.matter(c, code, EDIT, true);
            int version = expect(c, row, GuideStatus.DRAFT, "只有草稿可以提交审核");
            Instant now = Jdbc.now();
            GuideStore.setStatus(c, code, version, GuideStatus.REVIEW, context.actor(), now);
            GuideStore.event(c, code, version, GuideAction.SUBMITTED, context.actor(), now, remark);
            context.auditLog().record("catalogue.submit", target(code), "第" + version + "版提交审核");
            return guide(c, code, version);
        });
    }

    ServiceGuide publish(String code, String comment) {
        String remark = remark(comment, false);
        ServiceGuide published = context.inTransaction(c -> {
            GuideStore.MatterRow row = context.matter(c, code, PUBLISH, true);
            int version = expect(c, row, GuideStatus.REVIEW, "只有待审核的指南可以发布");
            GuideStore.publish(c, row, version, context.actor(), Jdbc.now(), remark);
            context.auditLog().record("catalogue.publish", target(code), "第" + version + "版审核通过并发布");
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
            Instant now = Jdbc.now();
            GuideStore.setStatus(c, code, version, GuideStatus.DRAFT, context.actor(), now);
            GuideStore.event(c, code, version, GuideAction.SENT_BACK, context.actor(), now, remark);
            context.auditLog().record("catalogue.sendBack", target(code), "第" + version + "版退回修改：" + remark);
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
            GuideStore.withdraw(c, row, context.actor(), Jdbc.now(), remark);
            context.auditLog()
                    .record("catalogue.withdraw", target(code), "第" + row.publishedVersion() + "版撤回：" + remark);
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
