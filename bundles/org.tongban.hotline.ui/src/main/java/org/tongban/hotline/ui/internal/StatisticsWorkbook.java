package org.tongban.hotline.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongban.hotline.UnitKpi;

/** The hotline's statistics as an Excel workbook: one sheet per table, headers in the UI's language, numbers as numbers. */
final class StatisticsWorkbook {
    private StatisticsWorkbook() {}

    static byte[] of(Figures f, List<UnitKpi> kpis, Function<String, String> t) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet heat = book.createSheet(t.apply("hotline.ui.stats.heat"));
            List<String> streets = f.streets();
            Row head = heat.createRow(0);
            head.createCell(0).setCellValue(t.apply("hotline.ui.stats.category"));
            for (int i = 0; i < streets.size(); i++) {
                head.createCell(i + 1).setCellValue(streets.get(i));
            }
            int r = 1;
            for (Map.Entry<String, Map<String, Long>> e : f.heat().entrySet()) {
                Row row = heat.createRow(r++);
                row.createCell(0).setCellValue(e.getKey());
                for (int i = 0; i < streets.size(); i++) {
                    row.createCell(i + 1).setCellValue(e.getValue().getOrDefault(streets.get(i), 0L));
                }
            }
            counts(book, t.apply("hotline.ui.stats.byWeek"), t.apply("hotline.ui.stats.week"), f.byWeek(), t);
            counts(book, t.apply("hotline.ui.stats.byMonth"), t.apply("hotline.ui.stats.month"), f.byMonth(), t);
            counts(
                    book,
                    t.apply("hotline.ui.stats.business"),
                    t.apply("hotline.ui.stats.category"),
                    f.businessByCategory(),
                    t);
            Sheet units = book.createSheet(t.apply("hotline.ui.stats.kpis"));
            String[] headers = {
                "hotline.ui.stats.unit",
                "hotline.ui.stats.dispatched",
                "hotline.ui.stats.signedOnTime",
                "hotline.ui.stats.handledOnTime",
                "hotline.ui.stats.resolution",
                "hotline.ui.stats.satisfaction",
                "hotline.ui.stats.reopen",
                "hotline.ui.stats.returned"
            };
            Row kh = units.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                kh.createCell(i).setCellValue(t.apply(headers[i]));
            }
            r = 1;
            for (UnitKpi k : kpis) {
                Row row = units.createRow(r++);
                row.createCell(0).setCellValue(k.unitName());
                row.createCell(1).setCellValue(k.dispatched());
                row.createCell(2).setCellValue(k.signedOnTimeRate());
                row.createCell(3).setCellValue(k.handledOnTimeRate());
                row.createCell(4).setCellValue(k.resolutionRate());
                row.createCell(5).setCellValue(k.satisfactionRate());
                row.createCell(6).setCellValue(k.reopenRate());
                row.createCell(7).setCellValue(k.returned());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(
            XSSFWorkbook book, String name, String keyHeader, Map<String, Long> counts, Function<String, String> t) {
        Sheet sheet = book.createSheet(name);
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue(keyHeader);
        head.createCell(1).setCellValue(t.apply("hotline.ui.stats.count"));
        int r = 1;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            row.createCell(1).setCellValue(e.getValue());
        }
    }
}
