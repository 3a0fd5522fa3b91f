package org.tongban.helpdesk.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.tongban.helpdesk.HelpdeskStatistics;

/** The figures of a period as an Excel workbook: the totals and one sheet per grouping. */
final class StatisticsWorkbook {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private StatisticsWorkbook() {}

    static byte[] of(HelpdeskStatistics s, Function<String, String> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Tongban", "1.0");
            Worksheet totals = workbook.newWorksheet(messages.apply("helpdesk.ui.statistics.totals"));
            String[] names = {
                "helpdesk.ui.statistics.total",
                "helpdesk.ui.statistics.open",
                "helpdesk.ui.statistics.completed",
                "helpdesk.ui.statistics.terminated",
                "helpdesk.ui.statistics.firstContact",
                "helpdesk.ui.statistics.completion"
            };
            Object[] values = {
                s.total(),
                s.open(),
                s.completed(),
                s.terminated(),
                Math.round(s.averageFirstContactMinutes() * 10) / 10.0,
                Math.round(s.averageCompletionHours() * 10) / 10.0
            };
            for (int i = 0; i < names.length; i++) {
                totals.value(i, 0, messages.apply(names[i]));
                totals.value(i, 1, ((Number) values[i]).doubleValue());
            }
            totals.width(0, 30);
            sheet(workbook, messages, "helpdesk.ui.statistics.byKind", s.byKind());
            sheet(workbook, messages, "helpdesk.ui.statistics.byChannel", s.byChannel());
            sheet(workbook, messages, "helpdesk.ui.statistics.byTeam", s.byTeam());
            sheet(workbook, messages, "helpdesk.ui.statistics.byArea", s.byArea());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(
            Workbook workbook, Function<String, String> messages, String title, List<HelpdeskStatistics.Row> rows) {
        Worksheet sheet = workbook.newWorksheet(messages.apply(title));
        sheet.value(0, 0, messages.apply("helpdesk.ui.statistics.group"));
        sheet.value(0, 1, messages.apply("helpdesk.ui.statistics.total"));
        sheet.value(0, 2, messages.apply("helpdesk.ui.statistics.completed"));
        for (int c = 0; c < 3; c++) {
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (HelpdeskStatistics.Row row : rows) {
            sheet.value(r, 0, row.key());
            sheet.value(r, 1, row.total());
            sheet.value(r, 2, row.completed());
            r++;
        }
        sheet.width(0, 30);
    }
}
