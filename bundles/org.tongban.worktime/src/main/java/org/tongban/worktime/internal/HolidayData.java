package org.tongban.worktime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The national holidays and make-up working days, one {@link HolidayFile} per year: the files shipped in this bundle
 * (holiday-cn, from the State Council's notices) overlaid with the years an administrator loaded at run time. A year
 * counts as covered only if its notice is in the data; an empty file stands for a notice not yet published.
 */
final class HolidayData {
    static final int FIRST_YEAR_PROBED = 2000;
    static final int LAST_YEAR_PROBED = 2100;

    private final Map<LocalDate, Boolean> offDays;
    private final Map<LocalDate, String> names;
    private final TreeMap<Integer, HolidayFile> files;

    private HolidayData(TreeMap<Integer, HolidayFile> files) {
        this.files = files;
        Map<LocalDate, Boolean> days = new HashMap<>();
        Map<LocalDate, String> dayNames = new HashMap<>();
        files.values().forEach(file -> file.days().forEach(day -> {
            days.put(day.date(), day.offDay());
            dayNames.put(day.date(), day.name());
        }));
        this.offDays = Map.copyOf(days);
        this.names = Map.copyOf(dayNames);
    }

    HolidayData(Map<Integer, HolidayFile> files) {
        this(new TreeMap<>(files));
    }

    /** Loads every non-empty year file found under {@code holiday-cn/} of the class loader. */
    static HolidayData load(ClassLoader loader) {
        TreeMap<Integer, HolidayFile> files = new TreeMap<>();
        for (int year = FIRST_YEAR_PROBED; year <= LAST_YEAR_PROBED; year++) {
            try (InputStream in = loader.getResourceAsStream("holiday-cn/" + year + ".json")) {
                if (in == null) {
                    continue;
                }
                HolidayFile file = HolidayFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (!file.days().isEmpty()) {
                    files.put(year, file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read holiday data of " + year, e);
            }
        }
        return new HolidayData(files);
    }

    /** This data with a year added or replaced. */
    HolidayData withYear(HolidayFile file) {
        TreeMap<Integer, HolidayFile> files = new TreeMap<>(this.files);
        files.put(file.year(), file);
        return new HolidayData(files);
    }

    /** {@code TRUE} for a holiday, {@code FALSE} for a make-up working day, {@code null} for an ordinary day. */
    Boolean offDay(LocalDate date) {
        return offDays.get(date);
    }

    /** The name the notice gives a holiday or make-up day (国庆节), or {@code null} for an ordinary day. */
    String name(LocalDate date) {
        return names.get(date);
    }

    SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(files.keySet()));
    }

    HolidayFile year(int year) {
        return files.get(year);
    }

    /**
     * The covered years as ranges, for example {@code 2019-2026}: stored with each clock, so that a clock computed on
     * older data is found and recomputed.
     */
    String version() {
        StringBuilder version = new StringBuilder();
        Integer start = null;
        Integer previous = null;
        for (int year : files.keySet()) {
            if (previous == null || year != previous + 1) {
                if (start != null) {
                    version.append(version.isEmpty() ? "" : ",").append(range(start, previous));
                }
                start = year;
            }
            previous = year;
        }
        if (start != null) {
            version.append(version.isEmpty() ? "" : ",").append(range(start, previous));
        }
        return version.toString();
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }

    @Override
    public String toString() {
        return files.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
