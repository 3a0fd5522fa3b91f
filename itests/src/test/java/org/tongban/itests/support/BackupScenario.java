package org.tongban.itests.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/** The changes a round trip through backup and restore must keep, and the rows it compares. */
public final class BackupScenario {

    /** Tables whose rows must come back exactly; the audit log is compared separately (a start may add to it). */
    public static final List<String> TABLES = List.of(
            "notice_item",
            "worktime_local_day",
            "sec_user",
            "sec_user_role",
            "sec_role_permission",
            "sec_jurisdiction",
            "catalogue_matter",
            "catalogue_guide_version",
            "databasechangelog");

    private BackupScenario() {}

    /** Publishes a notice, sets a local day off and records audit entries, as an administrator through the services. */
    public static void changeData(TongbanInstance city) throws Exception {
        Authenticator authenticator = city.service(Authenticator.class);
        LoginResult admin = authenticator.login("admin", "Demo2026admin".toCharArray(), "127.0.0.1");
        assertThat(admin.loggedIn()).as("demo administrator logs in").isTrue();
        authenticator.bind(admin.session());
        try {
            TongbanInstance.call(
                    city.service("org.tongban.notice.NoticeService"),
                    "publish",
                    "370102",
                    "备份往返测试：历下区大厅周六照常办公",
                    "本周六上午历下区政务服务大厅照常受理。");
            TongbanInstance.call(
                    city.service("org.tongban.worktime.CalendarService"),
                    "setLocalDay",
                    "370102",
                    LocalDate.of(2027, 3, 15),
                    false,
                    "备份往返测试：大厅检修");
            AuditLog audit = city.service(AuditLog.class);
            city.service(Database.class).transactions().required(connection -> {
                for (int i = 1; i <= 3; i++) {
                    audit.record("ops.round-trip", "entry-" + i, "备份往返测试 " + i);
                }
                return null;
            });
        } finally {
            authenticator.bind(null);
        }
        TongbanInstance.await(
                Duration.ofSeconds(30), () -> rows(city, "sec_audit_pending").isEmpty());
    }

    /** Every row of the compared tables, as text, in a stable order. */
    public static Map<String, List<String>> snapshot(TongbanInstance city) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, rows(city, table));
        }
        return tables;
    }

    /** The audit log in sequence order. */
    public static List<String> auditLog(TongbanInstance city) {
        return rows(city, "sec_audit_log");
    }

    static List<String> rows(TongbanInstance city, String table) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = city.service(Database.class).dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    // As text: large texts by their content, not by the driver's handle.
                    row.append(result.getString(column)).append('|');
                }
                rows.add(row.toString());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(table + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
