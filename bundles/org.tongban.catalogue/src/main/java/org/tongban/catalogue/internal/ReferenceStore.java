package org.tongban.catalogue.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.jdbc.Jdbc;

/** Departments, FAQ entries and life events: not versioned, replaced as a whole when they change. */
final class ReferenceStore {

    private ReferenceStore() {}

    static final String DEPARTMENT_COLUMNS = "code, name, jurisdiction_code, phone, credit_code";

    static Department department(java.sql.ResultSet r) throws SQLException {
        return new Department(
                r.getString("code"),
                r.getString("name"),
                r.getString("jurisdiction_code"),
                r.getString("phone"),
                r.getString("credit_code"));
    }

    static Optional<Department> department(Connection c, String code) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT " + DEPARTMENT_COLUMNS + " FROM catalogue_department WHERE code = ?",
                ReferenceStore::department,
                code);
    }

    /** Writes a department; {@code false} when it was stored with exactly these values already. */
    static boolean saveDepartment(Connection c, Department d, String actor, Instant now) throws SQLException {
        Optional<Department> existing = department(c, d.code());
        if (existing.isPresent() && existing.get().equals(d)) {
            return false;
        }
        if (existing.isPresent()) {
            Jdbc.update(
                    c,
                    "UPDATE catalogue_department SET name = ?, jurisdiction_code = ?, phone = ?, credit_code = ?,"
                            + " changed_by = ?, changed_at = ? WHERE code = ?",
                    d.name(),
                    d.jurisdictionCode(),
                    d.phone(),
                    d.creditCode(),
                    actor,
                    now,
                    d.code());
        } else {
            Jdbc.update(
                    c,
                    "INSERT INTO catalogue_department (code, name, jurisdiction_code, phone, credit_code, changed_by,"
                            + " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    d.code(),
                    d.name(),
                    d.jurisdictionCode(),
                    d.phone(),
                    d.creditCode(),
                    actor,
                    now);
        }
        return true;
    }

    static Optional<Faq> faq(Connection c, String code) throws SQLException {
        List<Faq> faqs = faqs(c, "f.code = ?", code);
        return faqs.isEmpty() ? Optional.empty() : Optional.of(faqs.getFirst());
    }

    /** FAQ entries matching a condition on {@code f} (catalogue_faq), ordered by code. */
    static List<Faq> faqs(Connection c, String condition, Object... params) throws SQLException {
        record Row(String code, String question, String answer, String matter) {}
        List<Row> rows = Jdbc.list(
                c,
                "SELECT f.code, f.question, f.answer, fm.matter_code FROM catalogue_faq f"
                        + " LEFT JOIN catalogue_faq_matter fm ON fm.faq_code = f.code WHERE " + condition
                        + " ORDER BY f.code, fm.sort_order",
                r -> new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                params);
        Map<String, List<String>> matters = new LinkedHashMap<>();
        Map<String, Row> first = new LinkedHashMap<>();
        for (Row row : rows) {
            first.putIfAbsent(row.code(), row);
            List<String> codes = matters.computeIfAbsent(row.code(), k -> new ArrayList<>());
            if (row.matter() != null) {
                codes.add(row.matter());
            }
        }
        List<Faq> faqs = new ArrayList<>();
        first.forEach((code, row) -> faqs.add(new Faq(code, row.question(), row.answer(), matters.get(code))));
        return faqs;
    }

    /** Writes a FAQ entry; {@code false} when it was stored with exactly these values already. */
    static boolean saveFaq(Connection c, Faq faq, String actor, Instant now) throws SQLException {
        Optional<Faq> existing = faq(c, faq.code());
        if (existing.isPresent() && existing.get().equals(faq)) {
            return false;
        }
        if (existing.isPresent()) {
            Jdbc.update(c, "DELETE FROM catalogue_faq_matter WHERE faq_code = ?", faq.code());
            Jdbc.update(
                    c,
                    "UPDATE catalogue_faq SET question = ?, answer = ?, changed_by = ?, changed_at = ? WHERE code = ?",
                    faq.question(),
                    faq.answer(),
                    actor,
                    now,
                    faq.code());
        } else {
            Jdbc.update(
                    c,
                    "INSERT INTO catalogue_faq (code, question, answer, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)",
                    faq.code(),
                    faq.question(),
                    faq.answer(),
                    actor,
                    now);
        }
        for (int i = 0; i < faq.matterCodes().size(); i++) {
            Jdbc.update(
                    c,
                    "INSERT INTO catalogue_faq_matter (faq_code, matter_code, sort_order) VALUES (?, ?, ?)",
                    faq.code(),
                    faq.matterCodes().get(i),
                    i);
        }
        return true;
    }

    static void deleteFaq(Connection c, String code) throws SQLException {
        Jdbc.update(c, "DELETE FROM catalogue_faq_matter WHERE faq_code = ?", code);
        Jdbc.update(c, "DELETE FROM catalogue_faq WHERE code = ?", code);
    }

    static Optional<LifeEvent> lifeEvent(Connection c, String code) throws SQLException {
        return Jdbc.one(
                c, "SELECT content FROM catalogue_life_event WHERE code = ?", r -> lifeEvent(r.getString(1)), code);
    }

    static List<LifeEvent> lifeEvents(Connection c, List<String> jurisdictions) throws SQLException {
        Where where = new Where().in("jurisdiction_code", jurisdictions);
        return Jdbc.list(
                c,
                "SELECT content FROM catalogue_life_event" + where.sql() + " ORDER BY code",
                r -> lifeEvent(r.getString(1)),
                where.params());
    }

    static LifeEvent lifeEvent(String json) {
        try {
            List<ValidationError> errors = new ArrayList<>();
            LifeEvent event = DocumentJson.lifeEvent(new JsonIn(errors), JsonCatalogueCodec.MAPPER.readTree(json), "");
            if (!errors.isEmpty()) {
                throw new IllegalStateException("Stored life event cannot be read: " + errors);
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored life event cannot be read", e);
        }
    }

    /** Writes a life event; {@code false} when it was stored with exactly these values already. */
    static boolean saveLifeEvent(Connection c, LifeEvent event, String actor, Instant now) throws SQLException {
        Optional<LifeEvent> existing = lifeEvent(c, event.code());
        if (existing.isPresent() && existing.get().equals(event)) {
            return false;
        }
        String json;
        try {
            json = JsonCatalogueCodec.MAPPER.writeValueAsString(DocumentJson.write(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (existing.isPresent()) {
            Jdbc.update(c, "DELETE FROM catalogue_life_event_matter WHERE life_event_code = ?", event.code());
            Jdbc.update(
                    c,
                    "UPDATE catalogue_life_event SET name = ?, jurisdiction_code = ?, content = ?, changed_by = ?,"
                            + " changed_at = ? WHERE code = ?",
                    event.name(),
                    event.jurisdictionCode(),
                    json,
                    actor,
                    now,
                    event.code());
        } else {
            Jdbc.update(
                    c,
                    "INSERT INTO catalogue_life_event (code, name, jurisdiction_code, content, changed_by, changed_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    event.code(),
                    event.name(),
                    event.jurisdictionCode(),
                    json,
                    actor,
                    now);
        }
        for (String matter : allMatters(event)) {
            Jdbc.update(
                    c,
                    "INSERT INTO catalogue_life_event_matter (life_event_code, matter_code) VALUES (?, ?)",
                    event.code(),
                    matter);
        }
        return true;
    }

    static void deleteLifeEvent(Connection c, String code) throws SQLException {
        Jdbc.update(c, "DELETE FROM catalogue_life_event_matter WHERE life_event_code = ?", code);
        Jdbc.update(c, "DELETE FROM catalogue_life_event WHERE code = ?", code);
    }

    /** The matters a life event always includes and those its answers may add. */
    static Set<String> allMatters(LifeEvent event) {
        Set<String> codes = new LinkedHashSet<>(event.matterCodes());
        for (SituationQuestion question : event.questions()) {
            for (SituationOption option : question.options()) {
                codes.addAll(option.addMatters());
            }
        }
        return codes;
    }
}
