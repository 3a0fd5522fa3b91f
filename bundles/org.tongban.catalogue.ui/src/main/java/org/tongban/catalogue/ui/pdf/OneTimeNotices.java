package org.tongban.catalogue.ui.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tongban.catalogue.DeliveryMethod;
import org.tongban.catalogue.Fee;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.catalogue.MaterialForm;
import org.tongban.catalogue.MaterialSource;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.SpecialStep;
import org.tongban.catalogue.Step;
import org.tongban.catalogue.TailoredMatter;
import org.tongban.catalogue.Waiver;
import org.tongban.catalogue.ui.pdf.NoticeBlock.Fact;

/**
 * Builds the one-time notice of a published matter: everything an applicant must know and bring, told once and in
 * writing. It is an official document in Chinese, whatever language the portal is shown in.
 */
public final class OneTimeNotices {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private OneTimeNotices() {}

    /**
     * @param matter the published matter
     * @param department the handling department's name
     * @param jurisdiction the implementing jurisdiction's name
     * @param printedOn the day the notice is printed
     */
    public static OneTimeNotice of(Matter matter, String department, String jurisdiction, LocalDate printedOn) {
        List<NoticeBlock> blocks = new ArrayList<>();
        blocks.add(new NoticeBlock.Facts(
                "基本信息",
                List.of(
                        new Fact("事项类型", matter.type().label()),
                        new Fact(
                                "服务对象",
                                matter.audiences().stream()
                                        .map(ServedAudience::label)
                                        .collect(Collectors.joining("、"))),
                        new Fact("实施主体", body(matter, department)),
                        new Fact("承办机构", jurisdiction + " " + department),
                        new Fact("办理时限", limits(matter)),
                        new Fact("收费标准", matter.free() ? "不收费" : fees(matter.fees())),
                        new Fact("到现场次数", visits(matter)),
                        new Fact("网上办理", matter.onlineDepth().label()),
                        new Fact("通办范围", matter.crossRegion().label()),
                        new Fact("告知承诺", matter.commitmentAllowed() ? "可以申请告知承诺办理" : "不适用"))));
        blocks.add(new NoticeBlock.Text("受理条件", matter.conditions()));
        blocks.add(materials(matter.materials()));
        blocks.add(new NoticeBlock.Steps(
                "办理流程", matter.steps().stream().map(OneTimeNotices::step).toList()));
        if (!matter.specialSteps().isEmpty()) {
            blocks.add(new NoticeBlock.Steps(
                    "特别程序（不计入办理时限）",
                    matter.specialSteps().stream().map(OneTimeNotices::special).toList()));
        }
        blocks.add(new NoticeBlock.Facts(
                "办理地点与时间",
                List.of(
                        new Fact("办理地点", matter.location()),
                        new Fact("办理时间", matter.hours()),
                        new Fact("咨询渠道", matter.consultation().text()))));
        blocks.add(new NoticeBlock.Facts(
                "办理结果",
                List.of(
                        new Fact("结果名称", matter.result()),
                        new Fact(
                                "送达方式",
                                matter.delivery().stream()
                                        .map(DeliveryMethod::label)
                                        .collect(Collectors.joining("、"))))));
        blocks.add(new NoticeBlock.Text("设定依据", matter.legalBasis()));
        if (!matter.intermediaries().isEmpty()) {
            blocks.add(new NoticeBlock.Steps(
                    "中介服务",
                    matter.intermediaries().stream()
                            .map(s -> new Fact(
                                    s.name(), s.statutory() ? "法定中介服务，依据：" + s.legalBasis() : "非法定，申请人可自行准备或自主选择服务机构"))
                            .toList()));
        }
        blocks.add(new NoticeBlock.Facts(
                "监督投诉",
                List.of(
                        new Fact(
                                "投诉电话",
                                blank(matter.complaint().phone())
                                        ? "—"
                                        : matter.complaint().phone()),
                        new Fact(
                                "其他渠道",
                                blank(matter.complaint().other())
                                        ? "—"
                                        : matter.complaint().other()))));
        String closing = "以上为申请“" + matter.name() + "”所需的全部材料和要求，一次性告知。材料齐全、符合法定形式的，"
                + "窗口当场受理；标注“容缺”的材料可先行受理、限期补正；标注“免提交”的材料由窗口通过电子证照调取。"
                + "本告知书打印于 " + DATE.format(printedOn) + "，以办理时公布的办事指南为准。";
        return new OneTimeNotice(matter.name(), matter.code(), department, blocks, closing);
    }

    private static String limits(Matter matter) {
        GuideLimits limits = matter.limits();
        String extension =
                limits.extension() == null ? "" : "；" + limits.extension().text();
        if (matter.instant()) {
            return "即办件（当场办结）；法定时限 " + limits.legal().textWithNote() + extension;
        }
        return "法定 " + limits.legal().textWithNote() + "，承诺 "
                + limits.promised().textWithNote() + extension + "；受理 "
                + limits.acceptance().text() + "，送达 " + limits.delivery().text();
    }

    private static String visits(Matter matter) {
        return matter.visits() + " 次"
                + (blank(matter.visitReason()) ? "" : "（" + matter.visitReason() + "）")
                + (matter.inPersonOnly() ? "；须本人到场，不得代办" : "");
    }

    private static String fees(List<Fee> fees) {
        return fees.stream()
                .map(f -> f.item() + "：" + f.standard() + (blank(f.basis()) ? "" : "（依据：" + f.basis() + "）"))
                .collect(Collectors.joining("\n"));
    }

    private static NoticeBlock.Table materials(List<Material> materials) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Material m : materials) {
            List<String> notes = new ArrayList<>();
            MaterialDetails d = m.details();
            if (d.type() != null || !d.forms().isEmpty()) {
                notes.add((d.type() == null ? "" : d.type().label() + "，")
                        + d.forms().stream().map(MaterialForm::label).collect(Collectors.joining("或")));
            }
            if (d.source() != null && d.source() != MaterialSource.APPLICANT) {
                notes.add(d.source().label());
            }
            if (m.tolerant()) {
                notes.add("容缺"
                        + (d.supplyDeadline() == null
                                ? ""
                                : "，" + d.supplyDeadline().textWithNote() + "内补交")
                        + (blank(d.supplyConsequence()) ? "" : "，" + d.supplyConsequence()));
            }
            if (d.waivers().contains(Waiver.DATA_SHARING)) {
                notes.add("数据共享免提交");
            }
            if (d.waivers().contains(Waiver.PLEDGE)) {
                notes.add("可告知承诺替代");
            }
            if (!blank(d.acceptanceStandard())) {
                notes.add("受理标准：" + d.acceptanceStandard());
            }
            if (!blank(m.eCertificate())) {
                notes.add("免提交（调取电子证照：" + m.eCertificate() + "）");
            }
            // The free-text form is printed only where it says more than paper or electronic (现场签署 ...).
            if (!blank(m.format()) && !m.format().replaceAll("纸质|电子|或", "").isBlank()) {
                notes.add(m.format());
            }
            if (!blank(m.note())) {
                notes.add(m.note());
            }
            rows.add(List.of(
                    String.valueOf(number++),
                    m.name(),
                    fetched(m) ? "无需提交" : m.required() ? "必需" : "非必需",
                    fetched(m) ? "窗口内部调取" : "原件 " + m.originals() + " 份\n复印件 " + m.copies() + " 份",
                    String.join("；", notes)));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("", "无需提交材料", "", "", ""));
        }
        return new NoticeBlock.Table(
                "申请材料", List.of("序号", "材料名称", "是否必需", "份数", "说明"), new float[] {0.6f, 3.2f, 1f, 1.4f, 3f}, rows);
    }

    /** Nothing on paper and fetched by the hall through data sharing: not something the applicant brings. */
    static boolean fetched(Material m) {
        return m.originals() == 0 && m.copies() == 0 && m.details().waivers().contains(Waiver.DATA_SHARING);
    }

    /**
     * The tailored checklist of a life event (一件事) for the trip to the window: the answers given, then each matter
     * with the materials that apply to them.
     *
     * @param event the life event
     * @param answers the answers given, question code to option code; unknown ones are left out
     * @param matters the matters and materials that apply
     * @param printedOn the day it is printed
     */
    public static OneTimeNotice lifeEvent(
            LifeEvent event, Map<String, String> answers, List<TailoredMatter> matters, LocalDate printedOn) {
        List<NoticeBlock> blocks = new ArrayList<>();
        List<Fact> situation = new ArrayList<>();
        for (SituationQuestion question : event.questions()) {
            String label = question.options().stream()
                    .filter(o -> o.code().equals(answers.get(question.code())))
                    .map(SituationOption::label)
                    .findFirst()
                    .orElse("未回答（按全部情形列出）");
            situation.add(new Fact(question.text(), label));
        }
        if (!situation.isEmpty()) {
            blocks.add(new NoticeBlock.Facts("您的情况", situation));
        }
        int number = 1;
        for (TailoredMatter item : matters) {
            Matter matter = item.matter();
            NoticeBlock.Table table = materials(item.materials());
            blocks.add(new NoticeBlock.Table(
                    number++ + ". " + matter.name() + "（" + matter.code() + "，跑动 " + matter.visits() + " 次）",
                    table.columns(),
                    table.relativeWidths(),
                    table.rows()));
        }
        int materials = matters.stream().mapToInt(m -> m.materials().size()).sum();
        String closing = "以上为办理“" + event.name() + "”需办理的 " + matters.size() + " 个事项和 " + materials
                + " 份材料，按您的回答列出，请带齐后到窗口一次办理。标注“容缺”的材料可先行受理、限期补正。本清单打印于 "
                + DATE.format(printedOn) + "，以办理时公布的办事指南为准。";
        return new OneTimeNotice(
                event.name(),
                event.code(),
                "",
                blocks,
                closing,
                "一件事办事清单",
                "主题编码：" + event.code() + "　　共 " + matters.size() + " 个事项、" + materials + " 份材料");
    }

    private static Fact step(Step step) {
        if (step.limit() == null) {
            return new Fact(step.name(), step.description());
        }
        String limit = "时限：" + step.limit().textWithNote();
        return new Fact(step.name(), blank(step.description()) ? limit : limit + "。" + step.description());
    }

    // The implementing body may differ from the handling department (a 人民政府 decides what its bureau handles).
    private static String body(Matter matter, String department) {
        MatterAuthority a = matter.authority();
        String body = a.byHandlingDepartment() ? department : a.bodyName();
        String text = blank(a.bodyCreditCode()) ? body : body + "（统一社会信用代码 " + a.bodyCreditCode() + "）";
        String source =
                a.powerSource() == null ? "" : "；权力来源：" + a.powerSource().label();
        return text + source + (blank(a.grantingBody()) ? "" : "（" + a.grantingBody() + "）");
    }

    private static Fact special(SpecialStep step) {
        String text =
                step.kind().label() + "，最长 " + step.maxDays() + " 个工作日" + (blank(step.note()) ? "" : "；" + step.note());
        return new Fact(step.name(), text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The file name of a life event's checklist, for example {@code 办事清单-LE-CANYIN.pdf}. */
    public static String fileName(LifeEvent event) {
        return "办事清单-" + event.code().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    /** The file name offered for download, for example {@code 一次性告知书-370100-SJJ-XK-001.pdf}. */
    public static String fileName(Matter matter) {
        return "一次性告知书-" + matter.code().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }
}
