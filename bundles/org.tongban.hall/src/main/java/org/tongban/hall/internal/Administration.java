package org.tongban.hall.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tongban.hall.Hall;
import org.tongban.hall.HallException;
import org.tongban.hall.HallPermissions;
import org.tongban.hall.HallWindow;
import org.tongban.hall.TicketState;
import org.tongban.hall.WindowGroup;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.WorkCalendar;
import org.tongban.worktime.WorktimeException;

/** Halls, groups, windows, slots and kiosk tokens. */
final class Administration {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final Pattern WINDOW_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,16}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HallContext context;

    Administration(HallContext context) {
        this.context = context;
    }

    List<Hall> halls(String jurisdictionCode) {
        List<Hall> all =
                context.tx.read(c -> Jdbc.list(c, HallRows.HALL + " ORDER BY jurisdiction_code, code", HallRows::hall));
        return all.stream()
                .filter(h -> jurisdictionCode == null
                        || context.jurisdictions.contains(jurisdictionCode, h.jurisdictionCode()))
                .toList();
    }

    Optional<Hall> hall(long id) {
        return context.tx.read(c -> HallRows.hall(c, id));
    }

    Hall saveHall(String jurisdictionCode, String code, String name, String address) {
        if (jurisdictionCode == null
                || context.jurisdictions.find(jurisdictionCode).isEmpty()) {
            throw HallException.of("hall.error.unknownJurisdiction", String.valueOf(jurisdictionCode));
        }
        String cleanCode = code(code);
        String cleanName = text(name, 100, "hall.error.nameEmpty");
        String cleanAddress = address == null || address.isBlank() ? null : Jdbc.clip(address.strip(), 200);
        context.access.check(HallPermissions.ADMIN, jurisdictionCode);
        return context.tx.required(c -> {
            Optional<Hall> existing = Jdbc.one(
                    c,
                    HallRows.HALL + " WHERE jurisdiction_code = ? AND code = ?",
                    HallRows::hall,
                    jurisdictionCode,
                    cleanCode);
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
                Jdbc.update(c, "UPDATE hall_hall SET name = ?, address = ? WHERE id = ?", cleanName, cleanAddress, id);
            } else {
                id = Jdbc.insert(
                        c,
                        "INSERT INTO hall_hall (jurisdiction_code, code, name, address) VALUES (?, ?, ?, ?)",
                        jurisdictionCode,
                        cleanCode,
                        cleanName,
                        cleanAddress);
            }
            context.audit.record("hall.save", "hall/" + id, jurisdictionCode + " " + cleanCode + "：" + cleanName);
            return new Hall(
                    id,
                    jurisdictionCode,
                    cleanCode,
                    cleanName,
                    cleanAddress,
                    existing.map(Hall::active).orElse(true));
        });
    }

    List<WindowGroup> groups(long hallId) {
        return context.tx.read(
                c -> Jdbc.list(c, HallRows.GROUP + " WHERE hall_id = ? ORDER BY code", HallRows::group, hallId));
    }

    Optional<WindowGroup> group(long groupId) {
        return context.tx.read(c -> Jdbc.one(c, HallRows.GROUP + " WHERE id = ?", HallRows::group, groupId));
    }

    WindowGroup saveGroup(long hallId, String code, String name, int slotMinutes, int capacity) {
        Hall hall = context.hall(hallId);
        String cleanCode = code(code);
        String cleanName = text(name, 100, "hall.error.nameEmpty");
        if (slotMinutes < 5 || slotMinutes > 240) {
            throw HallException.of("hall.error.slotMinutes", slotMinutes);
        }
        if (capacity < 1 || capacity > 500) {
            throw HallException.of("hall.error.capacity", capacity);
        }
        context.access.check(HallPermissions.ADMIN, hall.jurisdictionCode());
        return context.tx.required(c -> {
            Optional<WindowGroup> existing =
                    Jdbc.one(c, HallRows.GROUP + " WHERE hall_id = ? AND code = ?", HallRows::group, hallId, cleanCode);
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
                Jdbc.update(
                        c,
                        "UPDATE hall_group SET name = ?, slot_minutes = ?, capacity = ? WHERE id = ?",
                        cleanName,
                        slotMinutes,
                        capacity,
                        id);
            } else {
                id = Jdbc.insert(
                        c,
                        "INSERT INTO hall_group (hall_id, code, name, slot_minutes, capacity) VALUES (?, ?, ?, ?, ?)",
                        hallId,
                        cleanCode,
                        cleanName,
                        slotMinutes,
                        capacity);
            }
            context.audit.record(
                    "hall.group.save",
                    "hall-group/" + id,
                    hall.name() + " " + cleanCode + "：" + cleanName + "，每" + slotMinutes + "分钟" + capacity + "人");
            return new WindowGroup(
                    id,
                    hallId,
                    cleanCode,
                    cleanName,
                    slotMinutes,
                    capacity,
                    existing.map(WindowGroup::active).orElse(true));
        });
    }

    List<HallWindow> windows(long hallId) {
        return context.tx.read(c -> HallRows.windows(c, "hall_id = ?", hallId));
    }

    Optional<HallWindow> window(long windowId) {
        return context.tx.read(c -> HallRows.windows(c, "id = ?", windowId)).stream()
                .findFirst();
    }

    HallWindow saveWindow(long hallId, String number, String name, Long groupId, List<String> matterCodes) {
        Hall hall = context.hall(hallId);
        String cleanNumber = number == null ? "" : number.strip();
        if (!WINDOW_NUMBER.matcher(cleanNumber).matches()) {
            throw HallException.of("hall.error.windowNumber", cleanNumber);
        }
        String cleanName = text(name, 100, "hall.error.nameEmpty");
        if (groupId != null && group(groupId).filter(g -> g.hallId() == hallId).isEmpty()) {
            throw HallException.of("hall.error.noGroup", groupId);
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String code : matterCodes == null ? List.<String>of() : matterCodes) {
            if (code != null && !code.isBlank()) {
                codes.add(code.strip());
            }
        }
        if (codes.isEmpty()) {
            throw HallException.of("hall.error.noMatters");
        }
        List<String[]> matters = new ArrayList<>();
        for (String code : codes) {
            String matterName = context.matters
                    .publishedName(code)
                    .orElseThrow(() -> HallException.of("hall.error.unknownMatter", code));
            matters.add(new String[] {code, Jdbc.clip(matterName, 200)});
        }
        context.access.check(HallPermissions.ADMIN, hall.jurisdictionCode());
        return context.tx.required(c -> {
            Optional<Long> existing = Jdbc.one(
                    c,
                    "SELECT id FROM hall_window WHERE hall_id = ? AND number = ?",
                    row -> row.getLong(1),
                    hallId,
                    cleanNumber);
            Object group = groupId == null ? Jdbc.NULL_LONG : groupId;
            long id;
            if (existing.isPresent()) {
                id = existing.get();
                Jdbc.update(c, "UPDATE hall_window SET name = ?, group_id = ? WHERE id = ?", cleanName, group, id);
                Jdbc.update(c, "DELETE FROM hall_window_matter WHERE window_id = ?", id);
            } else {
                id = Jdbc.insert(
                        c,
                        "INSERT INTO hall_window (hall_id, number, name, group_id) VALUES (?, ?, ?, ?)",
                        hallId,
                        cleanNumber,
                        cleanName,
                        group);
            }
            for (String[] matter : matters) {
                Jdbc.update(
                        c,
                        "INSERT INTO hall_window_matter (window_id, matter_code, matter_name) VALUES (?, ?, ?)",
                        id,
                        matter[0],
                        matter[1]);
            }
            context.audit.record(
                    "hall.window.save",
                    "hall-window/" + id,
                    hall.name() + " " + cleanNumber + "号窗口：" + cleanName + "，事项 " + String.join("、", codes));
            return HallRows.windows(c, "id = ?", id).getFirst();
        });
    }

    int openSlots(long groupId, LocalDate from, int days) {
        WindowGroup group = group(groupId).orElseThrow(() -> HallException.of("hall.error.noGroup", groupId));
        Hall hall = context.hall(group.hallId());
        if (from == null || days < 1 || days > 92) {
            throw HallException.of("hall.error.openDays", days);
        }
        context.access.check(HallPermissions.ADMIN, hall.jurisdictionCode());
        WorkCalendar calendar = calendar(hall);
        List<Instant[]> pieces = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            OfficeHours hours = calendar.officeHours(day);
            for (OfficeHours.Period period : hours.periods()) {
                Instant start =
                        day.atTime(period.from()).atZone(HallContext.ZONE).toInstant();
                Instant closing =
                        day.atTime(period.to()).atZone(HallContext.ZONE).toInstant();
                Duration length = Duration.ofMinutes(group.slotMinutes());
                for (Instant s = start; !s.plus(length).isAfter(closing); s = s.plus(length)) {
                    pieces.add(new Instant[] {s, s.plus(length)});
                }
            }
        }
        return context.tx.required(c -> {
            int added = 0;
            for (Instant[] piece : pieces) {
                boolean there = Jdbc.one(
                                c,
                                "SELECT id FROM hall_slot WHERE group_id = ? AND starts_at = ?",
                                row -> row.getLong(1),
                                groupId,
                                piece[0])
                        .isPresent();
                if (!there) {
                    Jdbc.update(
                            c,
                            "INSERT INTO hall_slot (group_id, slot_day, starts_at, ends_at, capacity, booked)"
                                    + " VALUES (?, ?, ?, ?, ?, 0)",
                            groupId,
                            piece[0].atZone(HallContext.ZONE).toLocalDate(),
                            piece[0],
                            piece[1],
                            group.capacity());
                    added++;
                }
            }
            context.audit.record(
                    "hall.slots.open",
                    "hall-group/" + groupId,
                    hall.name() + " " + group.name() + "：" + from + " 起 " + days + " 天，新增号源 " + added + " 个");
            return added;
        });
    }

    Hall setHallActive(long hallId, boolean active) {
        Hall hall = context.hall(hallId);
        context.access.check(HallPermissions.ADMIN, hall.jurisdictionCode());
        return context.tx.required(c -> {
            if (hall.active() != active) {
                Jdbc.update(c, "UPDATE hall_hall SET active = ? WHERE id = ?", active, hallId);
                context.audit.record(
                        active ? "hall.activate" : "hall.deactivate",
                        "hall/" + hallId,
                        hall.name() + (active ? " 恢复启用" : " 停用"));
            }
            return HallRows.hall(c, hallId).orElseThrow();
        });
    }

    WindowGroup setGroupActive(long groupId, boolean active) {
        WindowGroup group = group(groupId).orElseThrow(() -> HallException.of("hall.error.noGroup", groupId));
        Hall hall = context.hall(group.hallId());
        context.access.check(HallPermissions.ADMIN, hall.jurisdictionCode());
        return context.tx.required(c -> {
            if (group.active() != active) {
                Jdbc.update(c, "UPDATE hall_group SET active = ? WHERE id = ?", active, groupId);
                context.audit.record(
                        active ? "hall.group.activate" : "hall.group.deactivate",
                        "hall-group/" + groupId,
                        hall.name() + " " + group.name() + (active ? " 恢复启用" : " 停用"));
            }
            return Jdbc.one(c, HallRows.GROUP + " WHERE id = ?", HallRows::group, groupId)
                    .orElseThrow();
        });
    }

    HallWindow setWindowActive(long windowId, boolean active) {
        HallWindow window = window(windowId).orElseThrow(() -> HallException.of("hall.error.noWindow", windowId));
        Hall hall = context.hall(window.hallId());
        context.access.check(HallPermissions.ADMIN, hall.jurisdictionCode());
        return context.tx.required(c -> {
            Jdbc.one(c, "SELECT id FROM hall_window WHERE id = ? FOR UPDATE", row -> row.getLong(1), windowId);
            if (!active
                    && Jdbc.one(
                                    c,
                                    "SELECT id FROM hall_ticket WHERE window_id = ? AND state = ?",
                                    row -> row.getLong(1),
                                    windowId,
                                    TicketState.CALLED)
                            .isPresent()) {
                throw HallException.of("hall.error.windowBusy", window.number());
            }
            if (window.active() != active) {
                Jdbc.update(c, "UPDATE hall_window SET active = ? WHERE id = ?", active, windowId);
                context.audit.record(
                        active ? "hall.window.activate" : "hall.window.deactivate",
                        "hall-window/" + windowId,
                        hall.name() + " " + window.number() + "号窗口" + (active ? " 恢复启用" : " 停用"));
            }
            return HallRows.windows(c, "id = ?", windowId).getFirst();
        });
    }

    String issueKioskToken(long hallId) {
        Hall hall = context.hall(hallId);
        context.access.check(HallPermissions.ADMIN, hall.jurisdictionCode());
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        context.tx.required(c -> {
            Jdbc.update(c, "UPDATE hall_hall SET kiosk_token_hash = ? WHERE id = ?", hash(token), hallId);
            context.audit.record("hall.kiosk.token", "hall/" + hallId, hall.name() + "：签发新的取号机凭证，旧凭证作废");
            return null;
        });
        return token;
    }

    Hall kioskHall(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw HallException.of("hall.error.kioskToken");
        }
        Hall hall = context.tx
                .read(c ->
                        Jdbc.one(c, HallRows.HALL + " WHERE kiosk_token_hash = ?", HallRows::hall, hash(token.strip())))
                .orElseThrow(() -> HallException.of("hall.error.kioskToken"));
        if (!hall.active()) {
            throw HallException.of("hall.error.hallInactive", hall.name());
        }
        return hall;
    }

    /** The hall's calendar: its own office hours in the working-time engine, else its jurisdiction's. */
    WorkCalendar calendar(Hall hall) {
        boolean own = context.calendars.halls(hall.jurisdictionCode()).stream()
                .anyMatch(h -> h.code().equals(hall.code()));
        try {
            return context.calendars.calendar(hall.jurisdictionCode(), own ? hall.code() : null);
        } catch (WorktimeException e) {
            throw HallException.of("hall.error.calendar", hall.name());
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(String code) {
        String clean = code == null ? "" : code.strip();
        if (!CODE.matcher(clean).matches()) {
            throw HallException.of("hall.error.code", clean);
        }
        return clean;
    }

    static String text(String value, int max, String emptyKey) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw HallException.of(emptyKey);
        }
        if (clean.length() > max) {
            throw HallException.of("hall.error.tooLong", max);
        }
        return clean;
    }
}
