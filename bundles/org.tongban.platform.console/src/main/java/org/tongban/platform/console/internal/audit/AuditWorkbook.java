package org.tongban.platform.console.internal.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.AuditPage;
import org.tongban.platform.api.security.AuditQuery;
import org.tongban.platform.console.internal.ConsoleFormats;

/**
 * The entries of a search as an Excel workbook, newest first, read page by page so that a year's log does not sit in
 * memory twice. Beyond {@link #MAX_ROWS} the last row says that the export was cut and how to narrow it.
 */
final class AuditWorkbook {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_ROWS = 200_000;
    private static final int BATCH = 1000;
    private static final List<String> HEADERS = List.of(
            "console.audit.sequence",
            "console.audit.time",
            "console.audit.actor",
            "console.audit.jurisdiction",
            "console.audit.action",
            "console.audit.target",
            "console.audit.detail",
            "console.audit.remoteAddress");

    private AuditWorkbook() {}

    static byte[] of(AuditLog audit, AuditQuery query, AuditNames names, Function<String, String> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Tongban", "1.0");
            Worksheet sheet = workbook.newWorksheet(messages.apply("console.audit.menu"));
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, messages.apply(HEADERS.get(c)));
                sheet.style(0, c).bold().set();
            }
            int row = 1;
            long total = Long.MAX_VALUE;
            for (int offset = 0; offset < Math.min(total, MAX_ROWS); offset += BATCH) {
                AuditPage page = audit.search(query, offset, BATCH);
                total = page.total();
                for (AuditEntry e : page.entries()) {
                    if (row > MAX_ROWS) {
                        break;
                    }
                    sheet.value(row, 0, e.sequence());
                    sheet.value(row, 1, ConsoleFormats.time(e.at()));
                    sheet.value(row, 2, e.actor());
                    sheet.value(row, 3, names.jurisdiction(e.jurisdictionCode()));
                    sheet.value(row, 4, names.action(e.action()));
                    sheet.value(row, 5, e.target());
                    sheet.value(row, 6, e.detail());
                    sheet.value(row, 7, e.remoteAddress());
                    row++;
                }
                if (page.entries().size() < BATCH) {
                    break;
                }
            }
            if (total > MAX_ROWS) {
                sheet.value(row, 0, messages.apply("console.audit.export.cut"));
            }
            sheet.width(1, 20);
            sheet.width(4, 30);
            sheet.width(6, 60);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
