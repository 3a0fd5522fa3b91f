package org.tongban.hotline.internal;

import static org.tongban.hotline.Audience.AGENTS;
import static org.tongban.hotline.Audience.PUBLIC;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.hotline.Article;
import org.tongban.hotline.ArticleDraft;
import org.tongban.hotline.Audience;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.KnowledgeBase;

/**
 * Jinan's demo knowledge base: articles on the topics the 12345 line hears most (供暖, 物业, 户籍, 社保, 公积金, 噪音, 占道,
 * 欠薪, 食品, 出租车, 路灯, 垃圾), written by the demo agent and published by the office; one more waits in review and one
 * has a second version. The matters named are those of the demo catalogue (left out while it is not published yet).
 */
final class DemoKnowledge {
    record Entry(
            String key, String title, String body, Audience audience, List<String> categories, List<String> matters) {}

    static final List<Entry> ENTRIES = List.of(
            new Entry(
                    "GR-1",
                    "供暖期与室温标准",
                    "济南市集中供热期一般为每年11月15日至次年3月15日，遇极端天气由市政府决定提前或延长。供热期间卧室、起居室室温应不低于18℃。室温不达标的，先向供热单位报修，供热单位应在约定时间内上门测温并处理。",
                    PUBLIC,
                    List.of(),
                    List.of()),
            new Entry(
                    "GR-2",
                    "暖气不热的受理口径",
                    "先问来电人是否已向供热单位报修、报修时间和结果；记录小区、楼号、单元、户号和实测室温。未报修的告知供热单位客服电话并直办；已报修超过24小时未处理或测温不达标的，派属地供热主管部门督促。",
                    AGENTS,
                    List.of(),
                    List.of()),
            new Entry(
                    "GR-3",
                    "供暖费缴纳与停暖申请",
                    "供暖费按建筑面积收取，一般在供暖季开始前缴纳，可通过供热单位营业厅、网上营业厅或银行代收。长期无人居住申请停暖的，须在供暖季开始前向供热单位提出，按规定缴纳基本热价。",
                    PUBLIC,
                    List.of(),
                    List.of()),
            new Entry(
                    "WY-1",
                    "物业服务投诉的受理口径",
                    "记录小区名称、物业公司名称和具体问题（保洁、维修、安保、公共收益等）。属于物业合同约定服务内容的，派属地街道办事处和住建部门；涉及收费标准的，同时告知可向价格主管部门反映。",
                    AGENTS,
                    List.of("ZJ.WY"),
                    List.of()),
            new Entry(
                    "WY-2",
                    "物业费收费标准与公示",
                    "物业服务收费应在小区显著位置公示服务内容、服务标准和收费标准。前期物业服务收费执行政府指导价，业主大会成立后由业主与物业企业协商约定。对收费有异议的，可向街道、住建或价格主管部门反映。",
                    PUBLIC,
                    List.of("ZJ.WY"),
                    List.of()),
            new Entry(
                    "WY-3",
                    "成立业主大会和业主委员会",
                    "小区交付使用且入住率达到规定比例后，业主可向所在街道办事处提出成立业主大会的书面申请，由街道指导成立筹备组，召开首次业主大会会议，选举产生业主委员会并备案。",
                    PUBLIC,
                    List.of("ZJ.WY"),
                    List.of()),
            new Entry(
                    "HJ-1",
                    "居民身份证补领",
                    "身份证丢失后，本人可到户籍所在地或居住地公安派出所户籍窗口申请补领，需提交户口簿并现场采集照片和指纹；急用的可同时申领临时居民身份证。也可通过济南公安微信公众号预约办理。",
                    PUBLIC,
                    List.of(),
                    List.of("370100-GAJ-QR-002")),
            new Entry(
                    "HJ-2",
                    "新生儿出生登记（报户口）",
                    "婴儿出生后一个月内，由监护人持出生医学证明、父母户口簿、身份证和结婚证，到父亲或母亲户籍所在地派出所办理出生登记；已开通“出生一件事”的，可在医院或网上一次办理出生医学证明、户口登记和医保参保。",
                    PUBLIC,
                    List.of(),
                    List.of("370100-GAJ-QR-004")),
            new Entry(
                    "HJ-3",
                    "居住证申领",
                    "在济南居住半年以上，符合合法稳定就业、合法稳定住所或连续就读条件之一的，可到居住地派出所申领居住证，需提交身份证、照片和居住证明材料。居住证每年签注一次。",
                    PUBLIC,
                    List.of(),
                    List.of("370100-GAJ-GG-001")),
            new Entry(
                    "HJ-4",
                    "户口迁移（投靠落户）",
                    "夫妻、子女投靠父母或父母投靠子女的，可向迁入地派出所申请落户，需提交身份证、户口簿、亲属关系证明和住所证明。济南已实行户口迁移“一站式”办理，不必回迁出地开具迁移证。",
                    PUBLIC,
                    List.of(),
                    List.of("370100-GAJ-XK-001")),
            new Entry(
                    "SB-1",
                    "社保卡补办与挂失",
                    "社会保障卡丢失后，先通过电话、网上或到合作银行网点办理挂失，再持身份证到社保卡服务网点或合作银行补办；部分网点可即时制卡。挂失后原卡的医保和金融功能均停止使用。",
                    PUBLIC,
                    List.of("RS.SB"),
                    List.of()),
            new Entry(
                    "SB-2",
                    "灵活就业人员参加养老保险",
                    "在济南就业的个体工商户和灵活就业人员，可持身份证在人社部门网厅或服务大厅办理职工基本养老保险参保登记，按本人选择的缴费档次按月或按年缴费。",
                    PUBLIC,
                    List.of("RS.SB"),
                    List.of()),
            new Entry(
                    "SB-3",
                    "办理退休待遇核定",
                    "达到法定退休年龄、累计缴费满15年的参保人员，由单位或本人（灵活就业人员）向社保经办机构申请退休待遇核定；济南已开通“退休一件事”，可在网上一次办理。",
                    PUBLIC,
                    List.of("RS.SB"),
                    List.of("370100-RSJ-JF-002")),
            new Entry(
                    "GJJ-1",
                    "租房提取住房公积金",
                    "在济南无自有住房且租房居住的职工，可申请提取住房公积金支付房租，可通过济南住房公积金中心网上业务大厅、手机App或服务网点办理；租赁合同已备案的，按实际租金提取。",
                    PUBLIC,
                    List.of(),
                    List.of("370100-GJJ-GG-003")),
            new Entry(
                    "GJJ-2",
                    "住房公积金个人住房贷款条件",
                    "连续足额缴存住房公积金满6个月、购买自住住房的职工，可申请公积金个人住房贷款；贷款额度与缴存余额、还款能力和房价有关，具体以住房公积金中心审核为准。",
                    PUBLIC,
                    List.of(),
                    List.of("370100-GJJ-GG-004")),
            new Entry(
                    "GJJ-3",
                    "住房公积金异地转移接续",
                    "职工跨城市就业的，在新就业地设立公积金账户后，可通过全国住房公积金小程序或转入地公积金中心申请转移接续，不需要回原工作地办理。",
                    PUBLIC,
                    List.of(),
                    List.of("370100-GJJ-GG-005")),
            new Entry(
                    "ZS-1",
                    "夜间施工噪音的受理口径",
                    "晚二十二时至次日六时禁止产生噪声的建筑施工作业，因生产工艺要求或特殊需要必须连续施工的须取得证明并公告。记录工地名称、位置和施工时段，派生态环境部门查处；已告知来电人可拨打执法电话现场反映。",
                    AGENTS,
                    List.of("HB.ZS"),
                    List.of()),
            new Entry(
                    "ZS-2",
                    "广场舞等社会生活噪声",
                    "在公共场所组织娱乐、健身等活动使用音响器材的，应遵守规定的时段、区域和音量，不得干扰周围居民。夜间扰民的，可拨打110由公安机关处理，也可通过12345反映，由属地街道协调。",
                    PUBLIC,
                    List.of("HB.ZS"),
                    List.of()),
            new Entry(
                    "ZY-1",
                    "占道经营与流动摊贩的受理口径",
                    "流动摊贩占道经营、店外经营由属地城市管理部门处理。记录具体位置、经营内容和时段（早市、夜市），涉及油烟的一并说明；派区城市管理局，能确定街道的同时派街道协办。",
                    AGENTS,
                    List.of("CG.ZYJY"),
                    List.of()),
            new Entry(
                    "ZY-2",
                    "门前三包与店外经营",
                    "沿街商户应履行门前三包责任，不得超出门窗在店外摆放商品、桌椅经营。发现店外经营的，可通过12345反映，由城市管理部门劝导和依法处理。",
                    PUBLIC,
                    List.of("CG.ZYJY"),
                    List.of()),
            new Entry(
                    "QX-1",
                    "拖欠工资怎么投诉",
                    "用人单位拖欠工资的，劳动者可向用工所在地人社部门劳动保障监察机构投诉，或向劳动人事争议仲裁委员会申请仲裁；请准备劳动合同、考勤和工资记录等证据。",
                    PUBLIC,
                    List.of("RS.QX"),
                    List.of()),
            new Entry(
                    "QX-2",
                    "农民工讨薪的受理口径",
                    "工程建设领域欠薪：记录工地名称、施工单位、欠薪人数、金额和时段。在建工地应设维权信息告示牌，可按告示牌电话联系；欠薪人数多或情绪激动的按紧急工单派人社部门，同时告知住建部门。",
                    AGENTS,
                    List.of("RS.QX"),
                    List.of()),
            new Entry(
                    "SP-1",
                    "买到过期食品怎么投诉",
                    "购买到过期或不符合食品安全标准的食品，请保留购物凭证和商品，可向市场监管部门投诉举报；消费者可依法要求退款，并要求支付价款十倍或者损失三倍的赔偿金。",
                    PUBLIC,
                    List.of("SC.SP"),
                    List.of()),
            new Entry(
                    "CZ-1",
                    "出租车拒载、绕路和不打表",
                    "遇出租车拒载、绕路、不打表或乱收费的，请记下车牌号、乘车时间和上下车地点，保留发票，通过12345或交通运输部门投诉，交通运输部门将调查并依规处理。",
                    PUBLIC,
                    List.of("JT.CZ"),
                    List.of()),
            new Entry(
                    "LD-1",
                    "路灯不亮的报修",
                    "市政道路路灯不亮或损坏的，可通过12345报修，请说明道路名称和最近的门牌号或路口；小区内路灯由物业或产权单位负责维修。",
                    PUBLIC,
                    List.of("CG.LD"),
                    List.of()),
            new Entry(
                    "LJ-1",
                    "生活垃圾清运不及时的受理口径",
                    "记录小区或道路名称、垃圾堆放位置和时长。市政道路和公共区域派区城市管理局环卫部门；小区内由物业负责清运，无物业小区派属地街道。",
                    AGENTS,
                    List.of("CG.LJ"),
                    List.of()));

    private final DemoHotline demo;
    private final KnowledgeBase knowledge;

    DemoKnowledge(DemoHotline demo, KnowledgeBase knowledge) {
        this.demo = demo;
        this.knowledge = knowledge;
    }

    /** Loads the articles; returns the article id of each entry's key. */
    Map<String, String> load() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Entry e : ENTRIES) {
            Article a = demo.asAgent(() -> create(e));
            Article submitted =
                    demo.asAgent(() -> knowledge.submit(a.id(), 1, a.latest().version()));
            demo.asOffice(() -> knowledge.publish(a.id(), 1, submitted.latest().version(), "内容已核实"));
            ids.put(e.key(), a.id());
        }
        // A second version of the heating article, and a new article waiting for the office's review.
        Entry heating = ENTRIES.getFirst();
        Article v2 = demo.asAgent(() -> knowledge.edit(
                ids.get("GR-1"),
                draft(new Entry(
                        heating.key(),
                        heating.title(),
                        heating.body() + "供热单位报修电话见供热缴费单或小区公告栏。",
                        PUBLIC,
                        List.of(),
                        List.of()))));
        demo.asAgent(() -> knowledge.submit(v2.id(), 2, v2.latest().version()));
        Article queued = demo.asAgent(() -> create(new Entry(
                "JT-1",
                "公交线路调整的咨询口径",
                "公交线路、站点调整以公交集团公告为准；来电人对调整有意见的，记录线路号和站点后派交通运输部门。",
                AGENTS,
                List.of("JT.GJ"),
                List.of())));
        demo.asAgent(() -> knowledge.submit(queued.id(), 1, queued.latest().version()));
        return ids;
    }

    private Article create(Entry e) {
        try {
            return knowledge.create(draft(e));
        } catch (HotlineException ex) {
            if (!"hotline.error.unknownMatter".equals(ex.key())) {
                throw ex;
            }
            return knowledge.create(
                    draft(new Entry(e.key(), e.title(), e.body(), e.audience(), e.categories(), List.of())));
        }
    }

    private static ArticleDraft draft(Entry e) {
        return new ArticleDraft(DemoCatalogue.CITY, e.title(), e.body(), e.audience(), e.categories(), e.matters());
    }
}
