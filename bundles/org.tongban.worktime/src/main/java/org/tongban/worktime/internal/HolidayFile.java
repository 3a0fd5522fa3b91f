package org.tongban.worktime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongban.worktime.WorktimeException;

/**
 * One year of the State Council's holiday notice in the holiday-cn JSON format: checked against the format's schema
 * (shipped beside the data) and then against the calendar.
 *
 * @param year the year of the notice
 * @param papers addresses of the notices it was taken from
 * @param days the holidays ({@code offDay}) and make-up working days, in file order
 */
record HolidayFile(int year, List<String> papers, List<Day> days) {
    static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_NAME = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaCheck SCHEMA = SchemaCheck.load("holiday-cn/schema.json");

    /** A day of the notice. */
    record Day(String name, LocalDate date, boolean offDay) {}

    HolidayFile {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }

    /**
     * Parses and checks a file; every problem is a {@link WorktimeException} with a Chinese message naming the place.
     * Dates may reach into the neighbouring month of the adjacent year (2019's notice moves 2018-12-29).
     */
    static HolidayFile parse(String json) {
        if (json == null || json.isBlank()) {
            throw new WorktimeException("节假日文件为空");
        }
        if (json.length() > MAX_BYTES) {
            throw new WorktimeException("节假日文件过大（最多 " + MAX_BYTES / 1024 + " KB）");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new WorktimeException("节假日文件不是有效的 JSON：第 " + e.getLocation().getLineNr() + " 行附近有误");
        }
        SCHEMA.check(root);
        int year = root.get("year").asInt();
        if (!root.get("year").canConvertToInt()
                || root.get("year").asDouble() != year
                || year < HolidayData.FIRST_YEAR_PROBED
                || year > HolidayData.LAST_YEAR_PROBED) {
            throw new WorktimeException("年份无效：" + root.get("year").asText());
        }
        List<String> papers = new ArrayList<>();
        root.get("papers").forEach(paper -> papers.add(paper.asText()));
        List<Day> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        int index = 0;
        for (JsonNode day : root.get("days")) {
            index++;
            String place = "第 " + index + " 个日期";
            String name = day.get("name").asText().strip();
            if (name.isEmpty() || name.length() > MAX_NAME) {
                throw new WorktimeException(place + "：节日名称须为 1 至 " + MAX_NAME + " 个字");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(day.get("date").asText());
            } catch (DateTimeParseException e) {
                throw new WorktimeException(
                        place + "：日期格式应为 2027-01-01：" + day.get("date").asText());
            }
            if (date.isBefore(LocalDate.of(year - 1, 12, 1)) || date.isAfter(LocalDate.of(year + 1, 1, 31))) {
                throw new WorktimeException(place + "：日期 " + date + " 不属于" + year + "年的通知");
            }
            if (!seen.add(date)) {
                throw new WorktimeException(place + "：日期 " + date + " 重复");
            }
            days.add(new Day(name, date, day.get("isOffDay").asBoolean()));
        }
        return new HolidayFile(year, papers, days);
    }

    /** This file in the holiday-cn format, as stored and exported. */
    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("year", year);
        ArrayNode paperArray = root.putArray("papers");
        papers.forEach(paperArray::add);
        ArrayNode dayArray = root.putArray("days");
        for (Day day : days) {
            dayArray.addObject()
                    .put("name", day.name())
                    .put("date", day.date().toString())
                    .put("isOffDay", day.offDay());
        }
        return root.toString();
    }

    long offDayCount() {
        return days.stream().filter(Day::offDay).count();
    }

    long makeUpDayCount() {
        return days.size() - offDayCount();
    }
}
