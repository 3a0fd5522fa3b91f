package org.tongban.helpdesk.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.tongban.helpdesk.HelpdeskStatistics;
import org.tongban.helpdesk.Satisfaction;

/** The figures of a period as an Excel workbook: the totals and one sheet per grouping. */
final class StatisticsWorkbook {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private StatisticsWorkbook() {}

    /**
     * The workbook of the period's figures, the spans of time to first contact and to completion and the
     * satisfaction against its goal.
     */
    static byte[] of(
            HelpdeskStatistics s,
            List<HelpdeskStatistics.Row> firstContact,
            List<HelpdeskStatistics.Row> completion,
            Satisfaction satisfaction,
            Function<String, String> messages) {
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
                "helpdesk.ui.statistics.completion",
                "helpdesk.ui.statistics.rated",
                "helpdesk.ui.statistics.satisfactionPercent",
                "helpdesk.ui.statistics.satisfactionGoal"
            };
            Object[] values = {
                s.total(),
                s.open(),
                s.completed(),
                s.terminated(),
                Math.round(s.averageFirstContactMinutes() * 10) / 10.0,
                Math.round(s.averageCompletionHours() * 10) / 10.0,
                satisfaction.rated(),
                Math.round(satisfaction.percent() * 10) / 10.0,
                satisfaction.goalPercent()
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
            sheet(workbook, messages, "helpdesk.ui.statistics.firstContactSpans", labelled(firstContact, messages));
            sheet(workbook, messages, "helpdesk.ui.statistics.completionSpans", labelled(completion, messages));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The spans by their names (30分钟内, 1天内 ...) rather than their keys. */
    private static List<HelpdeskStatistics.Row> labelled(
            List<HelpdeskStatistics.Row> spans, Function<String, String> messages) {
        return spans.stream()
                .map(r -> new HelpdeskStatistics.Row(
                        messages.apply("helpdesk.ui.statistics.span." + r.key()), r.total(), r.completed()))
                .toList();
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
