package org.tongban.platform.console.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.AuditQuery;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.testing.ui.UiTestSupport;

/**
 * The audit page as an auditor reads it: names rather than codes, times in China Standard Time, a day filter that means
 * the city's day, fifty entries a page over the whole log, and the selection as an Excel workbook.
 */
class AuditViewTest extends UiTestSupport {
    AuditViewTest() {
        super("i18n/console");
    }

    /** The log's entries in memory; the real query is tested against H2 and PostgreSQL in the security bundle. */
    private static final class Log implements AuditLog {
        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public void record(String action, String target, String detail) {}

        @Override
        public List<AuditEntry> recent(int limit) {
            return entries.reversed().stream().limit(limit).toList();
        }

        @Override
        public ChainVerification verify() {
            return new ChainVerification(true, entries.size(), -1);
        }
    }

    private static final Jurisdictions NAMES = new Jurisdictions() {
        @Override
        public Optional<Jurisdiction> find(String code) {
            return "370102".equals(code)
                    ? Optional.of(new Jurisdiction(code, "历下区", Jurisdiction.Level.COUNTY, "370100"))
                    : Optional.empty();
        }

        @Override
        public List<Jurisdiction> children(String code) {
            return List.of();
        }

        @Override
        public List<Jurisdiction> ancestry(String code) {
            return List.of();
        }

        @Override
        public boolean contains(String ancestor, String code) {
            return code.startsWith(ancestor);
        }
    };

    private static Log log(int edits) {
        Log log = new Log();
        for (int i = 1; i <= edits; i++) {
            log.entries.add(new AuditEntry(
                    i,
                    Instant.parse("2026-12-06T16:30:00Z").plusSeconds(i),
                    "lixia.clerk",
                    "370102",
                    "notice.edit",
                    "notice/" + i,
                    "第 " + i + " 次",
                    "198.51.100.4",
                    "h"));
        }
        return log;
    }

    @Test
    void entriesShowNamesAndBeijingTimeFiftyToAPage() {
        AuditView view = new AuditView(log(120), NAMES);
        ui.add(view);

        assertThat(view.list().total()).isEqualTo(120);
        assertThat(view.list().items()).hasSize(50);
        assertThat(view.list().pageCount()).isEqualTo(3);
        AuditNames names = new AuditNames(view, NAMES);
        assertThat(names.action("notice.edit")).isEqualTo("编辑通知（notice.edit）");
        assertThat(names.action("hotline.merge")).isEqualTo("12345热线 · hotline.merge");
        assertThat(names.action("strange")).isEqualTo("strange");
        assertThat(names.jurisdiction("370102")).isEqualTo("历下区（370102）");
        assertThat(names.jurisdiction(null)).isEqualTo("系统");
        assertThat(org.tongban.platform.console.internal.ConsoleFormats.time(
                        view.list().items().getFirst().at()))
                .as("16:32 UTC is 00:32 the next day in Jinan")
                .isEqualTo("2026-12-07 00:32:00");
    }

    @Test
    void aDayFilterMeansTheCitysDayWithTheEndDayIncluded() {
        AuditQuery query = AuditView.query(Map.of("from", "2026-12-07", "to", "2026-12-07", "action", "intake."));
        assertThat(query.from()).isEqualTo(Instant.parse("2026-12-06T16:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-12-07T16:00:00Z"));
        assertThat(query.matchesAction("intake.accept")).isTrue();
        assertThat(query.matchesAction("hotline.accept")).isFalse();
        assertThat(AuditView.query(Map.of("from", "gestern")).from()).isNull();
    }

    @Test
    void theExportHoldsEveryMatchingEntryNotOnlyThePageOnScreen() throws IOException {
        AuditView view = new AuditView(log(1500), NAMES);
        ui.add(view);
        byte[] workbook =
                AuditWorkbook.of(log(1500), AuditQuery.ALL, new AuditNames(view, NAMES), view::getTranslation);

        String sheet = sheet(workbook);
        assertThat(sheet).contains("第 1500 次", "第 1 次", "编辑通知（notice.edit）", "历下区（370102）");
        assertThat(sheet.split("<row ", -1)).hasSize(1 + 1 + 1500);
    }

    /** The first worksheet's XML with the shared strings put in, enough to read what a user would see. */
    private static String sheet(byte[] workbook) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("audit", ".xlsx");
        try {
            java.nio.file.Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                String xml = read(zip, "xl/worksheets/sheet1.xml") + read(zip, "xl/sharedStrings.xml");
                // the writer keeps the XML ASCII: other characters are written as references
                return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
                        .matcher(xml)
                        .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static String read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (java.io.InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
