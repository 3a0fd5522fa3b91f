package org.tongban.evaluation.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongban.evaluation.EvaluationStatistics;

/** The statistics as an Excel workbook: the summary, then one sheet per grouping. */
final class StatisticsWorkbook {
    static final List<String> HEADERS = List.of("key", "rated", "defaulted", "badCount", "average", "satisfaction");

    private StatisticsWorkbook() {}

    static byte[] of(EvaluationStatistics s, Function<String, String> t) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = book.createSheet(text(t, "evaluation.ui.stats.summary"));
            String[][] lines = {
                {"invited", String.valueOf(s.invited())},
                {"rated", String.valueOf(s.rated())},
                {"defaulted", String.valueOf(s.defaulted())},
                {"activeRate", s.activeRatePercent() + "%"},
                {"goal", s.goalPercent() + "%"},
                {"satisfaction", s.satisfactionPercent() + "%"},
                {"badCount", String.valueOf(s.bad())},
                {"badClosed", String.valueOf(s.badClosed())},
                {"closeHours", String.valueOf(s.averageCloseHours())}
            };
            for (int i = 0; i < lines.length; i++) {
                Row row = summary.createRow(i);
                row.createCell(0).setCellValue(text(t, "evaluation.ui.stats." + lines[i][0]));
                row.createCell(1).setCellValue(lines[i][1]);
            }
            for (String group : StatisticsView.GROUPS) {
                Sheet sheet = book.createSheet(text(t, "evaluation.ui.stats.by." + group));
                Row head = sheet.createRow(0);
                for (int i = 0; i < HEADERS.size(); i++) {
                    head.createCell(i).setCellValue(text(t, "evaluation.ui.stats." + HEADERS.get(i)));
                }
                int n = 1;
                for (EvaluationStatistics.Row r : StatisticsView.rows(s, group)) {
                    Row row = sheet.createRow(n++);
                    row.createCell(0).setCellValue(r.key());
                    row.createCell(1).setCellValue(r.rated());
                    row.createCell(2).setCellValue(r.defaulted());
                    row.createCell(3).setCellValue(r.bad());
                    row.createCell(4).setCellValue(r.averageScore());
                    row.createCell(5).setCellValue(r.satisfactionPercent());
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Function<String, String> t, String key) {
        return t.apply(key);
    }
}
