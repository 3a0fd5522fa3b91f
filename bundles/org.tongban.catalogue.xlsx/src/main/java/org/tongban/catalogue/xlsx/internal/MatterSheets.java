package org.tongban.catalogue.xlsx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.CrossRegionMode;
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.DeliveryMethod;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.Fee;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.ResultType;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.SpecialStep;
import org.tongban.catalogue.SpecialStepKind;
import org.tongban.catalogue.Step;
import org.tongban.catalogue.ValidationError;
import org.tongban.catalogue.xlsx.internal.SheetRows.Row;

/** Reads the 事项 sheet and the sheets of its parts (材料, 办理步骤, 收费, 特别程序), joined by the matter's code. */
final class MatterSheets {
    private static final int MAX_DAYS = 3650;
    private static final int MAX_COPIES = 99;

    private final SheetIn matters;
    private final SheetIn materials;
    private final SheetIn steps;
    private final SheetIn fees;
    private final SheetIn specialSteps;
    private final SheetIn intermediaries;
    private final AttachmentSheet attachments;
    private final Origins origins;
    private final LimitCells limits;
    private final MaterialCells details;
    private final AuthorityCells authority;
    private final LimitCells stepLimits;

    MatterSheets(
            SheetIn matters,
            SheetIn materials,
            SheetIn steps,
            SheetIn fees,
            SheetIn specialSteps,
            SheetIn intermediaries,
            AttachmentSheet attachments,
            Origins origins,
            List<ValidationError> warnings) {
        this.matters = matters;
        this.materials = materials;
        this.steps = steps;
        this.fees = fees;
        this.specialSteps = specialSteps;
        this.intermediaries = intermediaries;
        this.attachments = attachments;
        this.origins = origins;
        this.limits = new LimitCells(matters, warnings);
        this.details = new MaterialCells(materials, warnings);
        this.authority = new AuthorityCells(matters, warnings);
        this.stepLimits = new LimitCells(steps, warnings);
    }

    List<DocumentMatter> read() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row row : matters.rows()) {
            String code = matters.text(row, "编码");
            if (code == null) {
                matters.error(row.number(), "编码", "不能为空");
            } else if (rows.putIfAbsent(code, row) != null) {
                matters.error(
                        row.number(),
                        "编码",
                        "事项编码「" + code + "」重复（第 " + rows.get(code).number() + " 行已有）");
            }
        }
        Map<String, List<Row>> materialRows = parts(materials, rows);
        Map<String, List<Row>> stepRows = parts(steps, rows);
        Map<String, List<Row>> feeRows = parts(fees, rows);
        Map<String, List<Row>> specialRows = parts(specialSteps, rows);
        Map<String, List<Row>> intermediaryRows = parts(intermediaries, rows);
        List<DocumentMatter> result = new ArrayList<>();
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            String at = "matters[" + result.size() + "]";
            Row row = e.getValue();
            origins.row(at, matters, row.number());
            List<Material> m = new ArrayList<>();
            for (Row r : materialRows.getOrDefault(e.getKey(), List.of())) {
                origins.row(at + ".materials[" + m.size() + "]", materials, r.number());
                m.add(material(r));
            }
            List<Step> s = new ArrayList<>();
            for (Row r : stepRows.getOrDefault(e.getKey(), List.of())) {
                origins.row(at + ".steps[" + s.size() + "]", steps, r.number());
                s.add(new Step(steps.text(r, "环节名称"), steps.text(r, "环节说明"), stepLimits.optional(r, "环节时限")));
            }
            List<Fee> f = new ArrayList<>();
            for (Row r : feeRows.getOrDefault(e.getKey(), List.of())) {
                origins.row(at + ".fees[" + f.size() + "]", fees, r.number());
                f.add(new Fee(fees.text(r, "收费项目"), fees.text(r, "收费标准"), fees.text(r, "收费依据")));
            }
            List<SpecialStep> sp = new ArrayList<>();
            for (Row r : specialRows.getOrDefault(e.getKey(), List.of())) {
                origins.row(at + ".specialSteps[" + sp.size() + "]", specialSteps, r.number());
                sp.add(specialStep(r));
            }
            List<IntermediaryService> in = new ArrayList<>();
            for (Row r : intermediaryRows.getOrDefault(e.getKey(), List.of())) {
                origins.row(at + ".intermediaries[" + in.size() + "]", intermediaries, r.number());
                in.add(new IntermediaryService(
                        intermediaries.text(r, "服务名称"),
                        intermediaries.text(r, "设定依据"),
                        intermediaries.bool(r, "是否法定", false)));
            }
            for (SheetIn part : List.of(materials, steps, fees, specialSteps, intermediaries)) {
                origins.list(
                        at + "." + listKey(part),
                        matters,
                        row.number(),
                        part.table().sheet());
            }
            Matter matter =
                    matter(row, s, f, m, sp).toBuilder().intermediaries(in).build();
            result.add(new DocumentMatter(matter, status(row)));
        }
        return result;
    }

    private String listKey(SheetIn part) {
        if (part == materials) {
            return "materials";
        }
        if (part == steps) {
            return "steps";
        }
        if (part == intermediaries) {
            return "intermediaries";
        }
        return part == fees ? "fees" : "specialSteps";
    }

    /** Rows of a part sheet grouped by matter code, in sheet order; rows of unknown matters are errors. */
    private static Map<String, List<Row>> parts(SheetIn sheet, Map<String, Row> matters) {
        Map<String, List<Row>> parts = new LinkedHashMap<>();
        for (Row row : sheet.rows()) {
            String code = sheet.text(row, Layout.MATTER_CODE);
            if (code == null) {
                sheet.error(row.number(), Layout.MATTER_CODE, "不能为空");
            } else if (!matters.containsKey(code)) {
                sheet.error(row.number(), Layout.MATTER_CODE, "事项「" + code + "」不在“事项”工作表中");
            } else {
                parts.computeIfAbsent(code, k -> new ArrayList<>()).add(row);
            }
        }
        return parts;
    }

    private Matter matter(Row r, List<Step> s, List<Fee> f, List<Material> m, List<SpecialStep> sp) {
        SheetIn x = matters;
        Integer visits = x.integer(r, "跑动次数", 0, CatalogueLimits.MAX_VISITS, true);
        return Matter.builder()
                .code(x.text(r, "编码"))
                .baseCode(x.text(r, "基本目录编码"))
                .nationalCodes(authority.nationalCodes(r))
                .name(x.text(r, "名称"))
                .type(x.label(r, "事项类型", MatterType::fromLabel))
                .audiences(x.labels(r, "服务对象", ServedAudience::fromLabel))
                .jurisdictionCode(x.text(r, "行政区划"))
                .departmentCode(x.text(r, "部门"))
                .authority(authority.authority(r))
                .legalBasis(x.text(r, "设定依据"))
                .conditions(x.text(r, "受理条件"))
                .steps(s)
                .limits(limits.read(r))
                .instant(x.bool(r, "即办件", false))
                .fees(f)
                .location(x.text(r, "办理地点"))
                .hours(x.text(r, "办理时间"))
                .consultation(authority.consultation(r))
                .result(x.text(r, "办理结果"))
                .resultType(x.label(r, "结果类型", ResultType::fromLabel))
                .resultCertificate(x.text(r, "电子证照类型"))
                .delivery(x.labels(r, "送达方式", DeliveryMethod::fromLabel))
                .visits(visits == null ? 0 : visits)
                .visitReason(x.text(r, "跑动理由"))
                .inPersonOnly(x.bool(r, "须本人到场", false))
                .onlineDepth(x.label(r, "网办深度", OnlineDepth::fromLabel))
                .crossRegion(x.label(r, "通办范围", CrossRegionScope::fromLabel))
                .crossRegionModes(x.labels(r, "跨域办理方式", CrossRegionMode::fromLabel))
                .commitmentAllowed(x.bool(r, "告知承诺", false))
                .complaint(authority.complaint(r))
                .intermediaries(List.of())
                .materials(m)
                .specialSteps(sp)
                .build();
    }

    private GuideStatus status(Row r) {
        String value = matters.text(r, "状态");
        if (value == null || value.equals(GuideStatus.DRAFT.label())) {
            return GuideStatus.DRAFT;
        }
        if (value.equals(GuideStatus.PUBLISHED.label())) {
            return GuideStatus.PUBLISHED;
        }
        matters.error(
                r.number(),
                "状态",
                "「" + value + "」不是有效的状态，可选：" + GuideStatus.DRAFT.label() + "、" + GuideStatus.PUBLISHED.label());
        return GuideStatus.DRAFT;
    }

    private Material material(Row r) {
        SheetIn x = materials;
        Integer originals = x.integer(r, "原件份数", 0, MAX_COPIES, false);
        Integer copies = x.integer(r, "复印件份数", 0, MAX_COPIES, false);
        Attachment blank = attachments.reference(x, r, "空白表格");
        Attachment sample = attachments.reference(x, r, "示例样表");
        Material read = new Material(
                x.text(r, "材料名称"),
                x.bool(r, "是否必要", true),
                x.bool(r, "容缺受理", false),
                originals == null ? 0 : originals,
                copies == null ? 0 : copies,
                x.text(r, "材料形式"),
                x.text(r, "电子证照"),
                x.text(r, "备注"),
                blank,
                sample);
        return read.withDetails(details.read(r, read.details()));
    }

    private SpecialStep specialStep(Row r) {
        SheetIn x = specialSteps;
        Integer days = x.integer(r, "最长时限", 0, MAX_DAYS, true);
        return new SpecialStep(
                x.text(r, "名称"),
                x.label(r, "类型", SpecialStepKind::fromLabel),
                days == null ? 0 : days,
                x.text(r, "说明"));
    }
}
