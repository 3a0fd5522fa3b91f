package org.tongban.helpdesk.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SequencedMap;
import org.tongban.documents.Documents;
import org.tongban.documents.FormRequest;
import org.tongban.documents.IssuedDocument;
import org.tongban.helpdesk.HelpForm;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.security.Jurisdiction;

/**
 * The forms of the help-desk standards (DB14/T 2233-2020 帮办代办服务规范; DB3205/T 1077-2023), issued as sealed PDF in
 * the step's transaction and kept in {@code hd_form}: a step and its form commit together or not at all.
 */
final class HelpForms {

    /** The six forms, by the step that issues them. */
    enum Form {
        ACCEPTANCE("helpdesk-acceptance", "帮办代办受理单"),
        AUTHORISATION("helpdesk-authorisation", "授权委托书"),
        SUSPENSION("helpdesk-suspension", "帮办代办中止告知单"),
        RESUMPTION("helpdesk-resumption", "帮办代办恢复告知单"),
        TERMINATION("helpdesk-termination", "帮办代办终止告知单"),
        COMPLETION("helpdesk-completion", "帮办代办办结单");

        final String code;
        final String title;

        Form(String code, String title) {
            this.code = code;
            this.title = title;
        }
    }

    private static final String COLUMNS = "document_id, form, title, step, sha256, issued_at";

    private final HelpdeskContext ctx;

    /** The documents feature; the bundle waits for it, tests of the steps alone leave it out. */
    volatile Documents documents;

    HelpForms(HelpdeskContext ctx) {
        this.ctx = ctx;
    }

    void issue(
            Connection c,
            HelpRequest r,
            String step,
            Form form,
            SequencedMap<String, String> lines,
            List<String> paragraphs)
            throws SQLException {
        Documents issuer = documents;
        if (issuer == null) {
            return;
        }
        String body = ctx.jurisdictions
                        .find(r.jurisdictionCode())
                        .map(Jurisdiction::name)
                        .orElse(r.jurisdictionCode())
                + "帮办代办服务";
        IssuedDocument d = issuer.issueForm(new FormRequest(
                form.code, form.title, r.number(), r.jurisdictionCode(), lines, paragraphs, List.of(body)));
        Jdbc.update(
                c,
                "INSERT INTO hd_form (document_id, request_id, form, title, step, sha256, issued_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                d.id(),
                r.id(),
                form.code,
                d.title(),
                step,
                d.sha256(),
                d.issuedAt());
    }

    /** The lines every form starts with: the request, who asked, what for. */
    static SequencedMap<String, String> requestLines(HelpRequest r) {
        SequencedMap<String, String> lines = new java.util.LinkedHashMap<>();
        lines.put("诉求编号", r.number());
        lines.put(
                r.requester().kind() == org.tongban.helpdesk.RequesterKind.ENTERPRISE ? "诉求企业" : "诉求人",
                r.requester().name());
        lines.put("帮办类型", KINDS.get(r.kind()));
        lines.put("来源渠道", CHANNELS.get(r.channel()));
        lines.put("帮办事项", String.join("、", r.matterCodes()));
        return lines;
    }

    private static final java.util.Map<org.tongban.helpdesk.HelpKind, String> KINDS = java.util.Map.of(
            org.tongban.helpdesk.HelpKind.INSTANT, "即时帮办",
            org.tongban.helpdesk.HelpKind.FORWARDED, "转办督办",
            org.tongban.helpdesk.HelpKind.JOINT, "联合代办",
            org.tongban.helpdesk.HelpKind.FULL_AGENCY, "全程代办");
    private static final java.util.Map<org.tongban.helpdesk.HelpChannel, String> CHANNELS = java.util.Map.of(
            org.tongban.helpdesk.HelpChannel.WINDOW, "窗口",
            org.tongban.helpdesk.HelpChannel.PORTAL, "网上服务大厅",
            org.tongban.helpdesk.HelpChannel.MOBILE, "移动端",
            org.tongban.helpdesk.HelpChannel.PHONE, "电话",
            org.tongban.helpdesk.HelpChannel.VISIT, "上门走访",
            org.tongban.helpdesk.HelpChannel.HOTLINE, "12345热线转办");

    List<HelpForm> list(Connection c, long requestId) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM hd_form WHERE request_id = ? ORDER BY document_id",
                row -> new HelpForm(
                        row.getLong("document_id"),
                        row.getString("form"),
                        row.getString("title"),
                        row.getString("step"),
                        row.getString("sha256"),
                        Jdbc.instant(row, "issued_at")),
                requestId);
    }

    boolean belongs(Connection c, long requestId, long documentId) throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT 1 FROM hd_form WHERE request_id = ? AND document_id = ?",
                        row -> true,
                        requestId,
                        documentId)
                .isPresent();
    }
}
