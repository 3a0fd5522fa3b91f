package org.tongban.catalogue.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.Fee;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialRef;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.SpecialStep;
import org.tongban.catalogue.Step;

/**
 * Writes a document as a workbook, streaming (only a window of rows is kept in memory), so that an export of the
 * whole catalogue stays small in memory.
 */
final class WorkbookWriter {
    /** Excel's limit for the text of one cell. */
    private static final int MAX_CELL = 32_767;

    private final CatalogueDocument document;
    private final Map<String, String> attachmentNumbers = new HashMap<>();
    private final List<Attachment> attachments = new ArrayList<>();

    private WorkbookWriter(CatalogueDocument document) {
        this.document = document;
    }

    static void write(CatalogueDocument document, OutputStream out) throws IOException {
        new WorkbookWriter(document).writeTo(out);
    }

    private void writeTo(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            SheetOut readme = new SheetOut(workbook.createSheet(Layout.README), null);
            for (String line : Layout.README_LINES) {
                readme.row(line);
            }
            readme.sheet().setColumnWidth(0, 100 * 256);
            departments(out(workbook, Layout.DEPARTMENTS, header));
            matters(workbook, header);
            faqs(out(workbook, Layout.FAQS, header));
            lifeEvents(out(workbook, Layout.LIFE_EVENTS, header), out(workbook, Layout.SITUATIONS, header));
            attachments(out(workbook, Layout.ATTACHMENTS, header));
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static SheetOut out(SXSSFWorkbook workbook, Table table, CellStyle header) {
        SXSSFSheet sheet = workbook.createSheet(table.sheet());
        SheetOut out = new SheetOut(sheet, header);
        out.header(table);
        return out;
    }

    private void departments(SheetOut out) {
        for (Department d : document.departments()) {
            out.row(d.code(), d.name(), d.jurisdictionCode(), d.phone(), d.creditCode());
        }
    }

    private void matters(SXSSFWorkbook workbook, CellStyle header) {
        SheetOut matters = out(workbook, Layout.MATTERS, header);
        SheetOut materials = out(workbook, Layout.MATERIALS, header);
        SheetOut steps = out(workbook, Layout.STEPS, header);
        SheetOut fees = out(workbook, Layout.FEES, header);
        SheetOut special = out(workbook, Layout.SPECIAL_STEPS, header);
        SheetOut intermediaries = out(workbook, Layout.INTERMEDIARIES, header);
        for (DocumentMatter dm : document.matters()) {
            Matter m = dm.matter();
            matters.row(
                    m.code(),
                    m.baseCode(),
                    m.nationalCodes().baseCode(),
                    m.nationalCodes().implementationCode(),
                    m.name(),
                    m.type() == null ? null : m.type().label(),
                    m.audiences().stream().map(a -> a.label()).collect(Collectors.joining("、")),
                    m.jurisdictionCode(),
                    m.departmentCode(),
                    m.authority().bodyName(),
                    m.authority().bodyCreditCode(),
                    m.authority().powerSource() == null
                            ? null
                            : m.authority().powerSource().label(),
                    m.authority().grantingBody(),
                    String.join("\n", m.authority().jointDepartments()),
                    m.legalBasis(),
                    m.conditions(),
                    limit(m.limits() == null ? null : m.limits().legal()),
                    limit(m.limits() == null ? null : m.limits().promised()),
                    limit(m.limits() == null ? null : m.limits().acceptance()),
                    limit(m.limits() == null ? null : m.limits().delivery()),
                    extension(m).map(e -> (Object) e.count()).orElse(null),
                    extension(m).map(e -> limit(e.amount())).orElse(null),
                    extension(m)
                            .map(e -> e.approver() == null ? null : e.approver().label())
                            .orElse(null),
                    yesNo(m.instant()),
                    m.location(),
                    m.hours(),
                    m.consultation().phone(),
                    m.consultation().other(),
                    m.result(),
                    m.resultType() == null ? null : m.resultType().label(),
                    m.resultCertificate(),
                    m.delivery().stream().map(d -> d.label()).collect(Collectors.joining("、")),
                    m.visits(),
                    m.visitReason(),
                    yesNo(m.inPersonOnly()),
                    m.onlineDepth() == null ? null : m.onlineDepth().label(),
                    m.crossRegion() == null ? null : m.crossRegion().label(),
                    m.crossRegionModes().stream().map(x -> x.label()).collect(Collectors.joining("、")),
                    yesNo(m.commitmentAllowed()),
                    m.complaint().phone(),
                    m.complaint().other(),
                    (dm.status() == GuideStatus.PUBLISHED ? GuideStatus.PUBLISHED : GuideStatus.DRAFT).label());
            for (Material x : m.materials()) {
                materials.row(
                        m.code(),
                        x.name(),
                        yesNo(x.required()),
                        yesNo(x.tolerant()),
                        x.originals(),
                        x.copies(),
                        x.format(),
                        x.eCertificate(),
                        x.note(),
                        x.details().type() == null ? null : x.details().type().label(),
                        x.details().forms().stream().map(f -> f.label()).collect(Collectors.joining("、")),
                        x.details().source() == null
                                ? null
                                : x.details().source().label(),
                        x.details().waivers().stream().map(w -> w.label()).collect(Collectors.joining("、")),
                        limit(x.details().supplyDeadline()),
                        x.details().supplyConsequence(),
                        x.details().acceptanceStandard(),
                        number(x.blankForm()),
                        number(x.sample()));
            }
            for (Step s : m.steps()) {
                steps.row(m.code(), s.name(), s.description(), limit(s.limit()));
            }
            for (Fee f : m.fees()) {
                fees.row(m.code(), f.item(), f.standard(), f.basis());
            }
            for (IntermediaryService s : m.intermediaries()) {
                intermediaries.row(m.code(), s.name(), s.legalBasis(), yesNo(s.statutory()));
            }
            for (SpecialStep s : m.specialSteps()) {
                special.row(
                        m.code(), s.name(), s.kind() == null ? null : s.kind().label(), s.maxDays(), s.note());
            }
        }
    }

    private void faqs(SheetOut out) {
        for (Faq f : document.faqs()) {
            out.row(f.code(), f.question(), f.answer(), String.join("\n", f.matterCodes()));
        }
    }

    private void lifeEvents(SheetOut events, SheetOut situations) {
        for (LifeEvent e : document.lifeEvents()) {
            events.row(
                    e.code(),
                    e.name(),
                    e.jurisdictionCode(),
                    e.audience() == null ? null : e.audience().label(),
                    e.description(),
                    String.join("\n", e.matterCodes()));
            for (SituationQuestion q : e.questions()) {
                if (q.options().isEmpty()) {
                    situations.row(e.code(), q.code(), q.text());
                }
                for (SituationOption o : q.options()) {
                    situations.row(
                            e.code(),
                            q.code(),
                            q.text(),
                            o.code(),
                            o.label(),
                            String.join("\n", o.addMatters()),
                            refs(o.addMaterials()),
                            refs(o.removeMaterials()));
                }
            }
        }
    }

    private void attachments(SheetOut out) {
        for (Attachment a : attachments) {
            byte[] content = document.attachments().get(a.id());
            if (content == null) {
                throw new CatalogueException("附件「" + a.fileName() + "」缺少内容，无法导出");
            }
            String base64 = Base64.getEncoder().encodeToString(content);
            String number = attachmentNumbers.get(key(a));
            for (int i = 0; i < base64.length(); i += AttachmentSheet.CHUNK) {
                String chunk = base64.substring(i, Math.min(base64.length(), i + AttachmentSheet.CHUNK));
                out.row(number, a.fileName(), a.contentType(), chunk);
            }
        }
    }

    /** The number under which an attachment is listed in the 附件 sheet; one per file name and content. */
    private String number(Attachment a) {
        if (a == null) {
            return null;
        }
        return attachmentNumbers.computeIfAbsent(key(a), k -> {
            attachments.add(a);
            return "F%03d".formatted(attachments.size());
        });
    }

    private static String key(Attachment a) {
        return a.id() + "\n" + a.fileName() + "\n" + a.contentType();
    }

    private static String refs(List<MaterialRef> refs) {
        return refs.stream().map(r -> r.matterCode() + "：" + r.materialName()).collect(Collectors.joining("\n"));
    }

    private static String limit(Limit limit) {
        return limit == null ? null : limit.textWithNote();
    }

    private static Optional<Extension> extension(Matter m) {
        return Optional.ofNullable(m.limits() == null ? null : m.limits().extension());
    }

    private static String yesNo(boolean value) {
        return value ? Layout.YES : Layout.NO;
    }

    /** Rows of one sheet. */
    private record SheetOut(SXSSFSheet sheet, CellStyle headerStyle) {
        void header(Table table) {
            var row = sheet.createRow(0);
            for (int i = 0; i < table.columns().size(); i++) {
                Table.Column c = table.columns().get(i);
                var cell = row.createCell(i);
                cell.setCellValue(c.header());
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, c.width() * 256 * 2);
            }
            sheet.createFreezePane(0, 1);
        }

        void row(Object... values) {
            var row = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Integer n) {
                    row.createCell(i).setCellValue(n);
                } else if (value instanceof String s && !s.isEmpty()) {
                    if (s.length() > MAX_CELL) {
                        throw new CatalogueException(
                                "第 " + (row.getRowNum() + 1) + " 行的内容超过 Excel 单元格上限（32767 个字符），无法导出");
                    }
                    row.createCell(i).setCellValue(s);
                }
            }
        }
    }
}
