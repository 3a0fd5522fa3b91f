package org.tongban.intake.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.tongban.intake.Inspection;
import org.tongban.intake.IntakeException;
import org.tongban.platform.api.jdbc.Jdbc;

/** 现场核查 records, with the photo and video links of a remote (云) inspection. */
final class Inspections {
    static final int MAX_LINKS = 20;

    private Inspections() {}

    static Inspection check(Inspection inspection) {
        if (inspection == null) {
            throw IntakeException.of("intake.error.reasonMissing");
        }
        String note = SubmissionRules.reason(inspection.note());
        if (inspection.links().size() > MAX_LINKS) {
            throw IntakeException.of("intake.error.tooManyLinks", MAX_LINKS);
        }
        for (String link : inspection.links()) {
            if (!isWebLink(link)) {
                throw IntakeException.of("intake.error.badLink", link == null ? "" : Jdbc.clip(link, 100));
            }
        }
        return Inspection.of(
                note, inspection.links().stream().map(String::strip).toList());
    }

    // Only http(s): a javascript: or file: link would run or leak something when a clerk opens it.
    private static boolean isWebLink(String link) {
        if (link == null || link.isBlank() || link.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(link.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static void record(Connection c, String number, Inspection inspection, String by, Instant at) throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO intake_inspection (case_number, note, links, inspector, inspected_at) VALUES (?, ?, ?, ?, ?)",
                number,
                inspection.note(),
                String.join("\n", inspection.links()),
                by,
                at);
    }

    static List<Inspection> of(Connection c, String number) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT note, links, inspector, inspected_at FROM intake_inspection WHERE case_number = ? ORDER BY id",
                r -> new Inspection(
                        r.getString("note"),
                        r.getString("links").isEmpty()
                                ? List.of()
                                : List.of(r.getString("links").split("\n")),
                        r.getString("inspector"),
                        Jdbc.instant(r, "inspected_at")),
                number);
    }
}
