package org.tongban.notice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.notice.Notice;
import org.tongban.notice.NoticeService;
import org.tongban.notice.NoticeTopics;
import org.tongban.notice.NoticeValidationException;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/** Notices stored in the table {@code notice_item} of the platform database. */
@Component(service = NoticeService.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/notice-changelog.xml")
public final class JdbcNoticeService implements NoticeService {

    private static final String COLUMNS = "id, jurisdiction_code, title, body, published_at, author";

    private final Database database;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final Jurisdictions jurisdictions;
    private final DomainEvents events;

    @Activate
    public JdbcNoticeService(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            @Reference DomainEvents events) {
        this.database = database;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.jurisdictions = jurisdictions;
        this.events = events;
    }

    @Override
    public List<Notice> published(String jurisdictionCode) {
        List<String> codes = jurisdictionCode == null
                ? List.of()
                : jurisdictions.ancestry(jurisdictionCode).stream()
                        .map(Jurisdiction::code)
                        .toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + COLUMNS + " FROM notice_item WHERE withdrawn_at IS NULL AND jurisdiction_code IN ("
                + Jdbc.marks(codes.size()) + ") ORDER BY published_at DESC, id DESC";
        return database.transactions().read(c -> Jdbc.list(c, sql, JdbcNoticeService::notice, codes.toArray()));
    }

    @Override
    public Notice publish(String jurisdictionCode, String title, String body) {
        String cleanTitle = NoticeRules.title(title);
        String cleanBody = NoticeRules.body(body);
        if (jurisdictionCode == null || jurisdictions.find(jurisdictionCode).isEmpty()) {
            throw NoticeValidationException.of("notice.error.unknownJurisdiction", jurisdictionCode);
        }
        accessControl.check(EDIT_PERMISSION, jurisdictionCode);

        Instant now = Jdbc.now();
        String author = currentUsername();
        // The notice and its audit entry commit together, or neither does.
        return database.transactions().required(c -> {
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO notice_item (jurisdiction_code, title, body, published_at, author) VALUES (?, ?, ?, ?, ?)",
                    jurisdictionCode,
                    cleanTitle,
                    cleanBody,
                    now,
                    author);
            auditLog.record("notice.publish", target(id), jurisdictionCode + "：" + cleanTitle);
            events.publish(NoticeTopics.PUBLISHED, target(id), Map.of(NoticeTopics.JURISDICTION, jurisdictionCode));
            return new Notice(id, jurisdictionCode, cleanTitle, cleanBody, now, author);
        });
    }

    @Override
    public void withdraw(long id) {
        Notice notice = find(id).orElseThrow(() -> NoticeValidationException.of("notice.error.notFound", id));
        accessControl.check(EDIT_PERMISSION, notice.jurisdictionCode());

        database.transactions().required(c -> {
            int withdrawn = Jdbc.update(
                    c,
                    "UPDATE notice_item SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL",
                    Jdbc.now(),
                    currentUsername(),
                    id);
            if (withdrawn == 0) {
                // Someone else withdrew it since we looked it up.
                throw NoticeValidationException.of("notice.error.notFound", id);
            }
            auditLog.record("notice.withdraw", target(id), notice.jurisdictionCode() + "：" + notice.title());
            events.publish(
                    NoticeTopics.WITHDRAWN, target(id), Map.of(NoticeTopics.JURISDICTION, notice.jurisdictionCode()));
            return null;
        });
    }

    private Optional<Notice> find(long id) {
        return database.transactions()
                .read(c -> Jdbc.one(
                        c,
                        "SELECT " + COLUMNS + " FROM notice_item WHERE id = ? AND withdrawn_at IS NULL",
                        JdbcNoticeService::notice,
                        id));
    }

    private String currentUsername() {
        return accessControl.currentUser().map(CurrentUser::username).orElse("system");
    }

    private static String target(long id) {
        return "notice/" + id;
    }

    private static Notice notice(ResultSet row) throws SQLException {
        return new Notice(
                row.getLong("id"),
                row.getString("jurisdiction_code"),
                row.getString("title"),
                row.getString("body"),
                Jdbc.instant(row, "published_at"),
                row.getString("author"));
    }
}
