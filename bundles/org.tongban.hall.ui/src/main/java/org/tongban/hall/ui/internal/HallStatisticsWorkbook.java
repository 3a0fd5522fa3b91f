package org.tongban.hall.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.tongban.hall.Hall;
import org.tongban.hall.HallStatistics;

/**
 * A hall's waiting and service times of a period as an Excel workbook: one sheet per grouping (hall, window, matter,
 * hour), minutes with one decimal, as the page shows them.
 */
final class HallStatisticsWorkbook {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADERS = List.of(
            "hall.ui.stats.group",
            "hall.ui.stats.visits",
            "hall.ui.stats.skipped",
            "hall.ui.stats.wait",
            "hall.ui.stats.service",
            "hall.ui.stats.longest");

    private HallStatisticsWorkbook() {}

    static byte[] of(
            HallStatistics statistics, Hall hall, LocalDate from, LocalDate to, Function<String, String> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Tongban", "1.0");
            for (HallStatistics.Dimension d : HallStatistics.Dimension.values()) {
                List<HallStatistics.Row> rows = statistics.times(hall.id(), from, to, d);
                Worksheet sheet = workbook.newWorksheet(messages.apply("hall.ui.stats.by." + d));
                sheet.value(0, 0, hall.name() + "  " + from + " ~ " + to);
                for (int c = 0; c < HEADERS.size(); c++) {
                    sheet.value(1, c, messages.apply(HEADERS.get(c)));
                    sheet.style(1, c).bold().set();
                }
                int r = 2;
                for (HallStatistics.Row row : rows) {
                    sheet.value(r, 0, row.label());
                    sheet.value(r, 1, row.visits());
                    sheet.value(r, 2, row.skipped());
                    sheet.value(r, 3, minutes(row.averageWaitSeconds()));
                    sheet.value(r, 4, minutes(row.averageServiceSeconds()));
                    sheet.value(r, 5, minutes(row.longestWaitSeconds()));
                    r++;
                }
                sheet.width(0, 30);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static double minutes(long seconds) {
        return Math.round(seconds / 6.0) / 10.0;
    }
}
