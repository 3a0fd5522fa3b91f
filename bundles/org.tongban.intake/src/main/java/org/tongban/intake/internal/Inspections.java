package org.tongban.intake.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.intake.Inspection;
import org.tongban.intake.IntakeException;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;

/** 现场核查 records, with the photo and video links of a remote (云) inspection and the photos uploaded with it. */
final class Inspections {
    static final int MAX_LINKS = 20;
    static final int MAX_PHOTOS = 20;

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
        if (inspection.photos().size() > MAX_PHOTOS) {
            throw IntakeException.of("intake.error.tooManyPhotos", MAX_PHOTOS);
        }
        return new Inspection(
                note, inspection.links().stream().map(String::strip).toList(), inspection.photos(), null, null);
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

    /**
     * The photos as stored: each the inspector's own upload of kind {@code PHOTO}, not yet kept with an inspection.
     * Another clerk's file or an unknown id reads as not there, so that ids cannot be probed.
     */
    static List<Inspection.Photo> photos(Connection c, FileStore files, List<Inspection.Photo> given, String by)
            throws SQLException {
        if (given.isEmpty()) {
            return List.of();
        }
        if (files == null) {
            throw IntakeException.of("intake.error.filesUnavailable");
        }
        Set<Long> ids = new LinkedHashSet<>();
        given.forEach(p -> ids.add(p.fileId()));
        List<Inspection.Photo> photos = new ArrayList<>();
        for (long id : ids) {
            StoredFile file = files.find(id)
                    .filter(f -> f.storedBy().equals(by))
                    .orElseThrow(() -> IntakeException.of("intake.error.photoNotFound", id));
            if (file.kind() != UploadKind.PHOTO) {
                throw IntakeException.of("intake.error.notPhoto", file.name());
            }
            if (Jdbc.one(c, "SELECT file_id FROM intake_inspection_photo WHERE file_id = ?", r -> r.getLong(1), id)
                    .isPresent()) {
                throw IntakeException.of("intake.error.photoUsed", file.name());
            }
            photos.add(new Inspection.Photo(id, file.name()));
        }
        return photos;
    }

    static void record(
            Connection c, String number, Inspection inspection, List<Inspection.Photo> photos, String by, Instant at)
            throws SQLException {
        long id = Jdbc.insert(
                c,
                "INSERT INTO intake_inspection (case_number, note, links, inspector, inspected_at) VALUES (?, ?, ?, ?, ?)",
                number,
                inspection.note(),
                String.join("\n", inspection.links()),
                by,
                at);
        int position = 0;
        for (Inspection.Photo photo : photos) {
            Jdbc.update(
                    c,
                    "INSERT INTO intake_inspection_photo (file_id, inspection_id, case_number, position, name)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    photo.fileId(),
                    id,
                    number,
                    position++,
                    Jdbc.clip(photo.name(), 255));
        }
    }

    static List<Inspection> of(Connection c, String number) throws SQLException {
        record Row(long id, Inspection inspection) {}
        record PhotoRow(long inspection, Inspection.Photo photo) {}
        List<Row> rows = Jdbc.list(
                c,
                "SELECT id, note, links, inspector, inspected_at FROM intake_inspection WHERE case_number = ? ORDER BY id",
                r -> new Row(
                        r.getLong("id"),
                        new Inspection(
                                r.getString("note"),
                                r.getString("links").isEmpty()
                                        ? List.of()
                                        : List.of(r.getString("links").split("\n")),
                                r.getString("inspector"),
                                Jdbc.instant(r, "inspected_at"))),
                number);
        Map<Long, List<Inspection.Photo>> photos = new LinkedHashMap<>();
        for (PhotoRow p : Jdbc.list(
                c,
                "SELECT inspection_id, file_id, name FROM intake_inspection_photo WHERE case_number = ?"
                        + " ORDER BY inspection_id, position",
                r -> new PhotoRow(
                        r.getLong("inspection_id"), new Inspection.Photo(r.getLong("file_id"), r.getString("name"))),
                number)) {
            photos.computeIfAbsent(p.inspection(), k -> new ArrayList<>()).add(p.photo());
        }
        return rows.stream()
                .map(row -> new Inspection(
                        row.inspection().note(),
                        row.inspection().links(),
                        photos.getOrDefault(row.id(), List.of()),
                        row.inspection().inspector(),
                        row.inspection().at()))
                .toList();
    }

    /** Whether the file is a photo of one of the case's inspections. */
    static boolean hasPhoto(Connection c, String number, long fileId) throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT file_id FROM intake_inspection_photo WHERE case_number = ? AND file_id = ?",
                        r -> r.getLong(1),
                        number,
                        fileId)
                .isPresent();
    }
}
