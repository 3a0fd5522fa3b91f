package org.tongban.catalogue.xlsx.internal;

import static org.tongban.catalogue.xlsx.internal.Table.col;
import static org.tongban.catalogue.xlsx.internal.Table.key;

import java.util.List;

/** The workbook layout: one sheet per table of the exchange format, with Chinese headers. */
final class Layout {
    static final String README = "说明";
    static final String MATTER_CODE = "事项编码";
    static final String YES = "是";
    static final String NO = "否";

    static final Table DEPARTMENTS = new Table(
            "部门",
            List.of(
                    key("编码", "code", 16),
                    col("名称", "name", 30),
                    col("行政区划", "jurisdiction", 12),
                    col("电话", "phone", 16),
                    col("统一社会信用代码", "creditCode", 22)));

    static final Table MATTERS = new Table(
            "事项",
            List.of(
                    key("编码", "code", 22),
                    col("基本目录编码", "baseCode", 16),
                    col("国家基本编码", "nationalCodes.baseCode", 14),
                    col("国家实施编码", "nationalCodes.implementationCode", 34),
                    col("名称", "name", 30),
                    col("事项类型", "type", 12),
                    col("服务对象", "audiences", 12),
                    col("行政区划", "jurisdiction", 10),
                    col("部门", "department", 14),
                    col("实施主体", "authority.body", 24),
                    col("实施主体信用代码", "authority.creditCode", 22),
                    col(AuthorityCells.POWER_SOURCE, "authority.powerSource", 10),
                    col("下放或委托机关", "authority.grantingBody", 20),
                    col("联办机构", "authority.jointDepartments", 20),
                    col("设定依据", "legalBasis", 40),
                    col("受理条件", "conditions", 40),
                    col("法定时限", "limits.legal", 14),
                    col("承诺时限", "limits.promised", 14),
                    col("受理时限", "limits.acceptance", 14),
                    col("送达时限", "limits.delivery", 14),
                    col("延期次数", "limits.extension.count", 8),
                    col("延期时限", "limits.extension.amount", 14),
                    col("延期审批", "limits.extension.approver", 12),
                    col("即办件", "instant", 8),
                    col("办理地点", "location", 30),
                    col("办理时间", "hours", 30),
                    col("咨询电话", "consultation.phone", 16),
                    col("咨询其他渠道", "consultation.other", 24),
                    col("办理结果", "result", 20),
                    col("结果类型", "resultType", 10),
                    col("电子证照类型", "resultCertificate", 16),
                    col("送达方式", "delivery", 24),
                    col("跑动次数", "visits", 10),
                    col("跑动理由", "visitReason", 24),
                    col("须本人到场", "inPersonOnly", 10),
                    col("网办深度", "onlineDepth", 12),
                    col("通办范围", "crossRegion", 12),
                    col("跨域办理方式", "crossRegionModes", 20),
                    col("告知承诺", "commitmentAllowed", 10),
                    col("投诉电话", "complaint.phone", 14),
                    col("投诉渠道", "complaint.other", 30),
                    col("状态", "status", 10)));

    static final Table MATERIALS = new Table(
            "材料",
            List.of(
                    key(MATTER_CODE, null, 22),
                    col("材料名称", "name", 36),
                    col("是否必要", "required", 10),
                    col("容缺受理", "tolerant", 10),
                    col("原件份数", "originals", 10),
                    col("复印件份数", "copies", 10),
                    col("材料形式", "format", 14),
                    col("电子证照", "eCertificate", 14),
                    col("备注", "note", 30),
                    col("材料类型", "type", 12),
                    col("载体", "forms", 10),
                    col("来源", "source", 14),
                    col("免提交方式", "waivers", 16),
                    col("容缺补交期限", "supplyDeadline", 14),
                    col("逾期未补交后果", "supplyConsequence", 24),
                    col("受理标准", "acceptanceStandard", 30),
                    col("空白表格", "blankForm", 10),
                    col("示例样表", "sample", 10)));

    static final Table STEPS = new Table(
            "办理步骤",
            List.of(
                    key(MATTER_CODE, null, 22),
                    col("环节名称", "name", 16),
                    col("环节说明", "description", 60),
                    col("环节时限", "limit", 14)));

    static final Table INTERMEDIARIES = new Table(
            "中介服务",
            List.of(
                    key(MATTER_CODE, null, 22),
                    col("服务名称", "name", 30),
                    col("设定依据", "legalBasis", 40),
                    col("是否法定", "statutory", 10)));

    static final Table FEES = new Table(
            "收费",
            List.of(
                    key(MATTER_CODE, null, 22),
                    col("收费项目", "item", 20),
                    col("收费标准", "standard", 30),
                    col("收费依据", "basis", 40)));

    static final Table SPECIAL_STEPS = new Table(
            "特别程序",
            List.of(
                    key(MATTER_CODE, null, 22),
                    col("名称", "name", 16),
                    col("类型", "kind", 12),
                    col("最长时限", "maxDays", 10),
                    col("说明", "note", 50)));

    static final Table FAQS = new Table(
            "常见问题",
            List.of(
                    key("编码", "code", 12),
                    col("问题", "question", 36),
                    col("回答", "answer", 60),
                    col("关联事项", "matters", 24)));

    static final Table LIFE_EVENTS = new Table(
            "一件事",
            List.of(
                    key("编码", "code", 16),
                    col("名称", "name", 20),
                    col("行政区划", "jurisdiction", 10),
                    col("服务对象", "audience", 10),
                    col("说明", "description", 50),
                    col("包含事项", "matters", 24)));

    static final Table SITUATIONS = new Table(
            "情形",
            List.of(
                    key("一件事编码", null, 16),
                    key("问题编码", "code", 10),
                    col("问题", "text", 36),
                    col("选项编码", "code", 10),
                    col("选项", "label", 20),
                    col("增加事项", "addMatters", 24),
                    col("增加材料", "addMaterials", 36),
                    col("移除材料", "removeMaterials", 36)));

    static final Table ATTACHMENTS = new Table(
            "附件",
            List.of(key("附件编号", null, 10), col("文件名", null, 24), col("文件类型", null, 24), col("内容（Base64）", null, 60)));

    /** In the order written. */
    static final List<Table> TABLES = List.of(
            DEPARTMENTS,
            MATTERS,
            MATERIALS,
            STEPS,
            FEES,
            SPECIAL_STEPS,
            INTERMEDIARIES,
            FAQS,
            LIFE_EVENTS,
            SITUATIONS,
            ATTACHMENTS);

    /** Lines of the explanation sheet written first; it is ignored when reading. */
    static final List<String> README_LINES = List.of(
            "政务服务事项目录（tongban-catalogue/1）",
            "每张工作表对应一类数据，第 1 行为列名，列的顺序可以调整，列名不能修改。",
            "“材料”“办理步骤”“收费”“特别程序”“中介服务”工作表按“事项编码”归属到事项，同一事项的行按出现顺序排列。",
            "是/否 列填写“是”或“否”；多个取值（服务对象、送达方式）用顿号“、”分隔；多个编码每行一个。",
            "“增加材料”“移除材料”每行一项，格式为“事项编码：材料名称”。",
            "“情形”工作表每个选项一行；同一问题的各选项写在相邻行，问题编码相同。",
            "附件内容以 Base64 保存在“附件”工作表，内容较长时分多行，附件编号相同的行依次连接。",
            "时限填写数量和单位，如“20 个工作日”“60 日”“3 个月”“24 小时”“8 个工作小时”，说明写在括号中，如“60 日（居民身份证法 第十二条）”；"
                    + "只填数字的（旧文件）按工作日读取并给出提示。受理时限、送达时限留空时取默认值（5 个工作日、10 个工作日）。",
            "材料类型填写原件、复印件或原件和复印件（与份数一致）；载体填写纸质、电子；来源填写申请人自备、政府部门核发、中介机构出具或其他；"
                    + "免提交方式填写电子证照、数据共享、告知承诺（可多项）。可容缺受理的材料须填写补交期限和逾期后果。",
            "跑动 2 次及以上的须填写跑动理由；“须本人到场”填“是”的，不得委托他人代办。",
            "不可延期的事项“延期次数”留空；可延期的填写次数、每次延长的时限和审批层级（本机关负责人、上级机关、本级人民政府）。",
            "“部门”为承办机构。实施主体与承办机构相同时“实施主体”留空；不同时（如由人民政府作出决定）填写实施主体名称和统一社会信用代码。"
                    + "权力来源填写法定本级、上级下放或委托，后两者须填写下放或委托机关；联办机构填写部门编码，每行一个。"
                    + "没有“权力来源”列的旧文件按“承办机构即实施主体、法定本级”读取并给出提示。",
            "国家基本编码为 12 位数字；国家实施编码为 31 位：实施主体统一社会信用代码（18 位）＋行使层级（1 国家级、2 省级、3 市级、4 县级、5 乡镇（街道）级、"
                    + "6 村（社区）级）＋国家基本编码（12 位）。未取得的留空。",
            "咨询电话必填；投诉电话和投诉渠道至少填写一项。环节时限与时限的写法相同，各环节时限单位与承诺时限相同时，合计不能超过承诺时限。",
            "“中介服务”工作表每项一行；“是否法定”填“是”的须填写设定依据。",
            "状态填写“草稿”或“已发布”，留空视为草稿。");

    private Layout() {}
}
