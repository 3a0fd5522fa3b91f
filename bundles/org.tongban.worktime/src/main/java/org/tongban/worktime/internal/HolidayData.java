package org.tongban.worktime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The national holidays and make-up working days from the holiday-cn data shipped in this bundle (one file per year, from
 * the State Council's notices). A year counts as covered only if its notice is in the data.
 */
final class HolidayData {
    static final int FIRST_YEAR_PROBED = 2000;
    static final int LAST_YEAR_PROBED = 2100;

    private final Map<LocalDate, Boolean> offDays;
    private final SortedSet<Integer> coveredYears;

    HolidayData(Map<LocalDate, Boolean> offDays, SortedSet<Integer> coveredYears) {
        this.offDays = Map.copyOf(offDays);
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    }

    /** Loads every year file found under {@code holiday-cn/} of the class loader. */
    static HolidayData load(ClassLoader loader) {
        ObjectMapper mapper = new ObjectMapper();
        Map<LocalDate, Boolean> offDays = new HashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (int year = FIRST_YEAR_PROBED; year <= LAST_YEAR_PROBED; year++) {
            try (InputStream in = loader.getResourceAsStream("holiday-cn/" + year + ".json")) {
                if (in == null) {
                    continue;
                }
                JsonNode root = mapper.readTree(in);
                JsonNode days = root.path("days");
                // An empty file stands for a notice not yet published: the year stays uncovered.
                if (!days.isArray() || days.isEmpty()) {
                    continue;
                }
                for (JsonNode day : days) {
                    offDays.put(
                            LocalDate.parse(day.get("date").asText()),
                            day.get("isOffDay").asBoolean());
                }
                years.add(year);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read holiday data of " + year, e);
            }
        }
        return new HolidayData(offDays, years);
    }

    /** {@code TRUE} for a holiday, {@code FALSE} for a make-up working day, {@code null} for an ordinary day. */
    Boolean offDay(LocalDate date) {
        return offDays.get(date);
    }

    SortedSet<Integer> coveredYears() {
        return coveredYears;
    }
}
