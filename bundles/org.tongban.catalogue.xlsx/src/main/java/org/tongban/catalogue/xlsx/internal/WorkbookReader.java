package org.tongban.catalogue.xlsx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.CatalogueFormatException;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.ValidationError;
import org.tongban.catalogue.xlsx.internal.SheetRows.Row;

/** Turns the rows of a workbook's sheets into a catalogue document, collecting every problem on the way. */
final class WorkbookReader {
    private final List<ValidationError> errors = new ArrayList<>();
    private final List<ValidationError> warnings = new ArrayList<>();
    private final Map<String, SheetIn> sheets = new LinkedHashMap<>();
    private final Origins origins;

    private WorkbookReader(Map<String, List<Row>> workbook) {
        int rows = 0;
        for (Map.Entry<String, List<Row>> e : workbook.entrySet()) {
            String name = e.getKey().strip();
            Table table = Layout.TABLES.stream()
                    .filter(t -> t.sheet().equals(name))
                    .findFirst()
                    .orElse(null);
            if (table != null) {
                sheets.put(name, SheetIn.of(table, e.getValue(), errors));
                rows += e.getValue().size();
            } else if (!name.equals(Layout.README)) {
                errors.add(
                        new ValidationError("工作表「" + name + "」", "不是目录的工作表，可用的工作表：" + String.join("、", sheetNames())));
            }
        }
        if (sheets.isEmpty() && errors.isEmpty()) {
            errors.add(new ValidationError("", "工作簿中没有目录工作表（" + String.join("、", sheetNames()) + "）"));
        }
        origins = new Origins(rows);
    }

    /**
     * @param workbook the rows of each sheet, by sheet name, in workbook order
     * @throws CatalogueFormatException listing every problem found
     */
    static CatalogueDocument read(Map<String, List<Row>> workbook) {
        return new WorkbookReader(workbook).document();
    }

    private static List<String> sheetNames() {
        return Layout.TABLES.stream().map(Table::sheet).toList();
    }

    private SheetIn sheet(Table table) {
        return sheets.computeIfAbsent(table.sheet(), k -> SheetIn.absent(table, errors));
    }

    private CatalogueDocument document() {
        AttachmentSheet attachments = AttachmentSheet.read(sheet(Layout.ATTACHMENTS));
        List<Department> departments = departments();
        List<DocumentMatter> matters = new MatterSheets(
                        sheet(Layout.MATTERS),
                        sheet(Layout.MATERIALS),
                        sheet(Layout.STEPS),
                        sheet(Layout.FEES),
                        sheet(Layout.SPECIAL_STEPS),
                        sheet(Layout.INTERMEDIARIES),
                        attachments,
                        origins,
                        warnings)
                .read();
        List<Faq> faqs = faqs();
        List<LifeEvent> lifeEvents =
                new LifeEventSheets(sheet(Layout.LIFE_EVENTS), sheet(Layout.SITUATIONS), origins).read();
        if (!errors.isEmpty()) {
            throw new CatalogueFormatException(errors);
        }
        return new CatalogueDocument(
                departments, matters, faqs, lifeEvents, attachments.contents(), origins.places(), warnings);
    }

    private List<Department> departments() {
        SheetIn x = sheet(Layout.DEPARTMENTS);
        List<Department> result = new ArrayList<>();
        for (Row r : x.rows()) {
            origins.row("departments[" + result.size() + "]", x, r.number());
            result.add(new Department(
                    x.text(r, "编码"), x.text(r, "名称"), x.text(r, "行政区划"), x.text(r, "电话"), x.text(r, "统一社会信用代码")));
        }
        return result;
    }

    private List<Faq> faqs() {
        SheetIn x = sheet(Layout.FAQS);
        List<Faq> result = new ArrayList<>();
        for (Row r : x.rows()) {
            origins.row("faqs[" + result.size() + "]", x, r.number());
            result.add(new Faq(x.text(r, "编码"), x.text(r, "问题"), x.text(r, "回答"), x.codes(r, "关联事项")));
        }
        return result;
    }

    /** The 一件事 sheet, and the 情形 sheet with one row per answer option. */
    private static final class LifeEventSheets {
        private final SheetIn events;
        private final SheetIn situations;
        private final Origins origins;

        LifeEventSheets(SheetIn events, SheetIn situations, Origins origins) {
            this.events = events;
            this.situations = situations;
            this.origins = origins;
        }

        List<LifeEvent> read() {
            Map<String, Integer> index = new LinkedHashMap<>();
            List<Row> rows = new ArrayList<>();
            for (Row r : events.rows()) {
                String code = events.text(r, "编码");
                if (code != null && index.putIfAbsent(code, rows.size()) != null) {
                    events.error(r.number(), "编码", "一件事编码「" + code + "」重复");
                }
                rows.add(r);
            }
            List<Situations> questions = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                questions.add(new Situations(situations, origins, "lifeEvents[" + i + "]"));
            }
            for (Row r : situations.rows()) {
                String code = situations.text(r, "一件事编码");
                if (code == null) {
                    situations.error(r.number(), "一件事编码", "不能为空");
                } else if (!index.containsKey(code)) {
                    situations.error(r.number(), "一件事编码", "一件事「" + code + "」不在“一件事”工作表中");
                } else {
                    questions.get(index.get(code)).add(r);
                }
            }
            List<LifeEvent> result = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                origins.row("lifeEvents[" + i + "]", events, r.number());
                result.add(new LifeEvent(
                        events.text(r, "编码"),
                        events.text(r, "名称"),
                        events.text(r, "行政区划"),
                        events.label(r, "服务对象", ServedAudience::fromLabel),
                        events.text(r, "说明"),
                        events.codes(r, "包含事项"),
                        questions.get(i).questions()));
            }
            return result;
        }
    }
}
