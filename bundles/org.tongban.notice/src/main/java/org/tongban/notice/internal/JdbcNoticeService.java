package org.tongban.notice.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.notice.Notice;
import org.tongban.notice.NoticeService;
import org.tongban.notice.NoticeValidationException;
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

    @Activate
    public JdbcNoticeService(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions) {
        this.database = database;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.jurisdictions = jurisdictions;
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
                + String.join(", ", Collections.nCopies(codes.size(), "?"))
                + ") ORDER BY published_at DESC, id DESC";
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < codes.size(); i++) {
                statement.setString(i + 1, codes.get(i));
            }
            List<Notice> notices = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    notices.add(notice(rows));
                }
            }
            return notices;
        } catch (SQLException e) {
            throw new IllegalStateException("读取公告失败", e);
        }
    }

    @Override
    public Notice publish(String jurisdictionCode, String title, String body) {
        String cleanTitle = NoticeRules.title(title);
        String cleanBody = NoticeRules.body(body);
        if (jurisdictionCode == null || jurisdictions.find(jurisdictionCode).isEmpty()) {
            throw new NoticeValidationException("行政区划代码不存在：" + jurisdictionCode);
        }
        accessControl.check(EDIT_PERMISSION, jurisdictionCode);

        Instant now = now();
        String author = currentUsername();
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO notice_item (jurisdiction_code, title, body, published_at, author)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, jurisdictionCode);
                insert.setString(2, cleanTitle);
                insert.setString(3, cleanBody);
                insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setString(5, author);
                insert.executeUpdate();
                long id = generatedId(insert);
                // Audited before the commit: a failed audit rolls the notice back, so nothing is published unaudited.
                auditLog.record("notice.publish", target(id), jurisdictionCode + "：" + cleanTitle);
                connection.commit();
                return new Notice(id, jurisdictionCode, cleanTitle, cleanBody, now, author);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("发布公告失败", e);
        }
    }

    @Override
    public void withdraw(long id) {
        Notice notice = find(id).orElseThrow(() -> new NoticeValidationException("公告不存在或已撤回：" + id));
        accessControl.check(EDIT_PERMISSION, notice.jurisdictionCode());

        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE notice_item SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL")) {
                update.setObject(1, OffsetDateTime.ofInstant(now(), ZoneOffset.UTC));
                update.setString(2, currentUsername());
                update.setLong(3, id);
                if (update.executeUpdate() == 0) {
                    // Someone else withdrew it since we looked it up.
                    throw new NoticeValidationException("公告不存在或已撤回：" + id);
                }
                auditLog.record("notice.withdraw", target(id), notice.jurisdictionCode() + "：" + notice.title());
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("撤回公告失败", e);
        }
    }

    private Optional<Notice> find(long id) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM notice_item WHERE id = ? AND withdrawn_at IS NULL")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(notice(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("读取公告失败", e);
        }
    }

    private String currentUsername() {
        return accessControl.currentUser().map(CurrentUser::username).orElse("system");
    }

    // Both databases keep microseconds; truncating makes the returned notice equal the stored one.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String target(long id) {
        return "notice/" + id;
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("No id generated for notice_item");
            }
            return keys.getLong("id");
        }
    }

    private static Notice notice(ResultSet row) throws SQLException {
        return new Notice(
                row.getLong("id"),
                row.getString("jurisdiction_code"),
                row.getString("title"),
                row.getString("body"),
                row.getObject("published_at", OffsetDateTime.class).toInstant(),
                row.getString("author"));
    }
}
