package org.tongban.intake.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongban.intake.IntakeStatistics;
import org.tongban.intake.IntakeStatistics.Count;

/**
 * The statistics as an Excel workbook (.xlsx): a summary sheet and one sheet per breakdown, headers in the UI's
 * language, figures as numbers so that the reader's own formulas work on them.
 */
final class StatisticsWorkbook {
    /** The headers and labels, looked up in the UI's language. */
    interface Texts extends Function<String, String> {}

    private StatisticsWorkbook() {}

    static byte[] of(IntakeStatistics s, Texts t, Function<Count, String> channelLabel, Function<Count, String> label) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = book.createSheet(t.apply("intake.ui.stats.sheet.summary"));
            header(summary, bold, t.apply("intake.ui.stats.figure"), t.apply("intake.ui.stats.value"));
            int r = 1;
            r = figure(
                    summary, r, t.apply("intake.ui.stats.period"), Labels.time(s.from()) + " – " + Labels.time(s.to()));
            r = figure(summary, r, t.apply("intake.ui.stats.jurisdiction"), s.jurisdictionCode());
            r = figure(summary, r, t.apply("intake.ui.stats.received"), s.received());
            r = figure(summary, r, t.apply("intake.ui.stats.finished"), s.finished());
            r = figure(summary, r, t.apply("intake.ui.stats.onTimeRate"), s.onTimeRate());
            r = figure(summary, r, t.apply("intake.ui.stats.instantShare"), s.instantShare());
            r = figure(summary, r, t.apply("intake.ui.stats.compression"), s.compression());
            r = figure(summary, r, t.apply("intake.ui.stats.supplementRate"), s.supplementRate());
            r = outcomes(summary, r, t, "intake.ui.stats.tolerance", s.tolerance());
            outcomes(summary, r, t, "intake.ui.stats.pledges", s.pledges());
            summary.setColumnWidth(0, 28 * 256);
            summary.setColumnWidth(1, 36 * 256);
            counts(book, bold, t, "intake.ui.stats.byChannel", s.byChannel(), channelLabel);
            counts(book, bold, t, "intake.ui.stats.byDepartment", s.byDepartment(), label);
            counts(book, bold, t, "intake.ui.stats.byWindow", s.byWindow(), label);
            counts(book, bold, t, "intake.ui.stats.byMatter", s.byMatter(), Count::label);
            counts(book, bold, t, "intake.ui.stats.supplementReasons", s.supplementReasons(), Count::label);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int outcomes(Sheet sheet, int r, Texts t, String key, IntakeStatistics.Outcomes o) {
        String name = t.apply(key);
        r = figure(sheet, r, name + " · " + t.apply("intake.ui.stats.cases"), o.cases());
        r = figure(sheet, r, name + " · " + t.apply(key + ".fulfilled"), o.fulfilled());
        r = figure(sheet, r, name + " · " + t.apply("intake.ui.stats.pending"), o.pending());
        return figure(sheet, r, name + " · " + t.apply(key + ".failed"), o.failed());
    }

    private static void counts(
            XSSFWorkbook book, CellStyle bold, Texts t, String key, List<Count> counts, Function<Count, String> label) {
        Sheet sheet = book.createSheet(t.apply(key));
        header(
                sheet,
                bold,
                t.apply("intake.ui.stats.group"),
                t.apply("intake.ui.stats.code"),
                t.apply("intake.ui.stats.cases"));
        int r = 1;
        for (Count c : counts) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(label.apply(c));
            row.createCell(1).setCellValue(c.key());
            row.createCell(2).setCellValue(c.cases());
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 28 * 256);
    }

    private static void header(Sheet sheet, CellStyle bold, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
            row.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static int figure(Sheet sheet, int r, String name, Object value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(name);
        if (value instanceof Number n) {
            row.createCell(1).setCellValue(n.doubleValue());
        } else {
            row.createCell(1).setCellValue(String.valueOf(value));
        }
        return r + 1;
    }
}
