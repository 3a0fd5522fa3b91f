package org.tongban.hotline.internal;

import static org.tongban.hotline.internal.DemoCatalogue.BAOTUQUAN;
import static org.tongban.hotline.internal.DemoCatalogue.CITY;
import static org.tongban.hotline.internal.DemoCatalogue.JIEFANGLU;
import static org.tongban.hotline.internal.DemoCatalogue.LIXIA;
import static org.tongban.hotline.internal.DemoCatalogue.LX_CGJ;
import static org.tongban.hotline.internal.DemoCatalogue.LX_JFL;
import static org.tongban.hotline.internal.DemoCatalogue.QUANCHENGLU;
import static org.tongban.hotline.internal.DemoCatalogue.SCJGJ;
import static org.tongban.hotline.internal.DemoCatalogue.SHIZHONG;
import static org.tongban.hotline.internal.DemoCatalogue.ZJJ;
import static org.tongban.hotline.internal.DemoHotline.call;

import java.util.List;
import org.tongban.hotline.Callback;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketType;

/** The demo's tickets, each taken by the demo agent and moved on by the office and the units as far as its state. */
final class DemoTickets {
    private final DemoHotline demo;
    private final HotlineService s;
    private int count;

    DemoTickets(DemoHotline demo) {
        this.demo = demo;
        this.s = demo.hotline();
    }

    int load() {
        // 受理: waiting for dispatch.
        received(call(TicketType.COMPLAINT, "市中区经七路与纬二路路口", SHIZHONG, "周先生", "经七路纬二路路口的路灯已经坏了一周，晚上很黑，行人容易摔倒。", null));
        received(call(
                TicketType.REPORT, "历下区泉城路某小吃店", QUANCHENGLU, "匿名", "泉城路一家小吃店后厨卫生很差，食材直接放在地上，怀疑存在食品安全问题。", "SC.SP"));
        received(call(TicketType.HELP, "历下区解放路22号院", JIEFANGLU, "孙女士", "小区楼下凌晨还有人在广场上放音乐跳舞，噪音很大，老人无法休息。", null));

        // 直办: answered at once from the knowledge base (closed, so the suggestion learns from them).
        answered(
                "RS.QX",
                demo.article("QX-1"),
                "历下区解放路创业园",
                JIEFANGLU,
                "公司已经拖欠工资三个月，老板一直推脱，请问到哪里投诉讨薪？",
                "可向劳动保障监察机构投诉或申请劳动仲裁，携带劳动合同和工资记录。");
        answered(
                "RS.QX",
                demo.article("QX-1"),
                "市中区经四路工地",
                SHIZHONG,
                "在工地干活的工钱被包工头拖欠，农民工讨薪应该找哪个部门？",
                "建设工程领域欠薪可向人社部门劳动保障监察投诉，工地应设有维权告示牌。");
        answered(
                "SC.SP",
                demo.article("SP-1"),
                "历下区泉城路超市",
                QUANCHENGLU,
                "在超市买到过期的牛奶，食品安全问题怎么投诉，能赔偿吗？",
                "可拨打12315或向市场监管部门投诉，购买过期食品可依法要求退款并赔偿。");
        answered(
                "SC.SP",
                demo.article("SP-1"),
                "市中区大观园商场",
                SHIZHONG,
                "饭店吃完饭后肚子疼，怀疑食品不卫生，如何举报食品安全问题？",
                "请保留就餐凭证和就医记录，向市场监管部门举报，执法人员将现场检查。");
        answered(
                "JT.CZ",
                demo.article("CZ-1"),
                "济南西站出租车上客点",
                CITY,
                "出租车司机拒载还不打表，绕路多收费，怎么投诉出租车？",
                "请记下车牌号和乘车时间，交通运输部门将调查并依规处理。");
        answered(
                "HB.ZS",
                demo.article("ZS-1"),
                "历下区千佛山路建筑工地",
                LIXIA,
                "工地夜间施工噪音扰民，晚上十一点还在打桩，能管吗？",
                "夜间施工须取得许可，超时施工噪音扰民由生态环境部门查处，已告知执法电话。");

        // 派单, not yet signed; one of them overdue and supervised (督办).
        Ticket overdue = dispatched(
                call(
                        TicketType.COMPLAINT,
                        "历下区泉城路188号门前",
                        QUANCHENGLU,
                        "张先生",
                        "泉城路188号门前每天晚上有流动摊贩占道经营，油烟很大，行人无法通过。",
                        "CG.ZYJY"),
                "CG.ZYJY",
                LX_CGJ);
        demo.overdue(overdue, LX_CGJ);
        dispatched(
                call(TicketType.COMPLAINT, "历下区解放路与历山路路口", JIEFANGLU, "刘女士", "解放路历山路路口的路灯不亮，已经好几天了，晚上过马路很危险。", "CG.LD"),
                "CG.LD",
                LX_CGJ);
        dispatched(
                call(TicketType.COMPLAINT, "历下区趵突泉北路早市", BAOTUQUAN, "陈先生", "早市的摊位卖的熟食没有任何包装和证照，食品安全没有保障。", "SC.SP"),
                "SC.SP",
                SCJGJ);

        // 合并: two callers about the stalls on 泉城路.
        merged(
                call(
                        TicketType.COMPLAINT,
                        "历下区泉城路188号附近",
                        QUANCHENGLU,
                        "赵女士",
                        "泉城路188号附近晚上摊贩占道经营，烧烤油烟很大，人行道被堵住了。",
                        "CG.ZYJY"),
                overdue.number());
        merged(
                call(TicketType.COMPLAINT, "泉城路188号", QUANCHENGLU, "钱先生", "泉城路188号门口流动摊贩占道，晚上很吵，希望城管来管一管。", "CG.ZYJY"),
                overdue.number());

        // 办理: signed; one with an assisting street office, one waiting for an extension decision.
        Ticket withStreet = dispatched(
                call(TicketType.COMPLAINT, "历下区解放路36号", JIEFANGLU, "吴先生", "解放路36号门前商户占道经营摆放货架，盲道被占用。", "CG.ZYJY"),
                "CG.ZYJY",
                LX_CGJ,
                LX_JFL);
        signed(withStreet, LX_CGJ, true);
        Ticket extension = signed(
                dispatched(
                        call(
                                TicketType.COMPLAINT,
                                "历下区泉城路文化东路口",
                                QUANCHENGLU,
                                "郑女士",
                                "泉城路东口的一排路灯晚上全部不亮，需要更换线路。",
                                "CG.LD"),
                        "CG.LD",
                        LX_CGJ),
                LX_CGJ,
                true);
        demo.asLixia(() -> s.requestExtension(extension.number(), extension.version(), LX_CGJ, 5, "需更换地下电缆，待电力部门配合施工"));
        signed(
                dispatched(
                        call(TicketType.HELP, "历下区某小区", LIXIA, "冯女士", "小区物业不作为，电梯坏了两周没人修，物业服务太差。", "ZJ.WY"),
                        "ZJ.WY",
                        ZJJ),
                ZJJ,
                false);

        // 退单: the unit is not responsible; the office decides the owner.
        Ticket wrong = dispatched(
                call(TicketType.COMPLAINT, "市中区经十路某商铺", SHIZHONG, "褚先生", "经十路商铺门前占道经营摆摊，已经持续很久了。", "CG.ZYJY"),
                "CG.ZYJY",
                ZJJ);
        demo.asZjj(() -> s.giveBack(wrong.number(), wrong.version(), ZJJ, "占道经营不属于住建部门职责，请派市中区城市管理局"));

        // 答复 waiting for the office's review.
        replied(
                call(TicketType.COMPLAINT, "历下区解放路43号", JIEFANGLU, "卫女士", "解放路43号门口有人长期占道经营卖水果，影响通行。", "CG.ZYJY"),
                "CG.ZYJY",
                LX_CGJ,
                "已责令商户退店经营，并安排网格员每日巡查。");
        replied(
                call(TicketType.COMPLAINT, "历下区某小区", LIXIA, "蒋先生", "物业擅自提高物业费，也不公示收支，物业服务问题请求处理。", "ZJ.WY"),
                "ZJ.WY",
                ZJJ,
                "已约谈物业企业，调价程序不合规，责令暂停执行并公示收支。");

        // 重办: sent back once, being handled again.
        Ticket again = replied(
                call(TicketType.COMPLAINT, "历下区泉城路12号", QUANCHENGLU, "沈女士", "泉城路12号附近路灯损坏，报修多次仍未修好。", "CG.LD"),
                "CG.LD",
                LX_CGJ,
                "已安排维修。");
        demo.asOffice(() -> s.sendBack(again.number(), again.version(), "答复过于简单，请说明维修时间和结果"));

        // 办结, waiting for the callback (回访); one caller could not be reached yet.
        approved(
                call(TicketType.COMPLAINT, "历下区解放路88号", JIEFANGLU, "韩先生", "解放路88号门前夜市摊贩占道经营，垃圾遍地。", "CG.ZYJY"),
                "CG.ZYJY",
                LX_CGJ,
                "已清理占道摊点，夜市规范至指定区域经营。");
        approved(
                call(TicketType.HELP, "历下区某小区", LIXIA, "杨女士", "小区物业服务差，垃圾不及时清运，楼道也没人打扫。", "ZJ.WY"),
                "ZJ.WY",
                ZJJ,
                "已督促物业企业整改，增加保洁频次。");
        Ticket unreachable = approved(
                call(TicketType.COMPLAINT, "历下区泉城路与县西巷路口", QUANCHENGLU, "朱先生", "县西巷路口的路灯闪烁不停，晚上很晃眼。", "CG.LD"),
                "CG.LD",
                LX_CGJ,
                "已更换灯具，路灯恢复正常。");
        demo.asAgent(() -> s.callback(unreachable.number(), unreachable.version(), Callback.unreachable("电话无人接听")));

        // 回访 done, rated.
        evaluated(
                call(TicketType.COMPLAINT, "历下区泉城路200号", QUANCHENGLU, "秦先生", "泉城路200号门口流动摊贩占道经营，早晚高峰很拥堵。", "CG.ZYJY"),
                "CG.ZYJY",
                LX_CGJ,
                "已清理摊贩并设置禁止占道经营提示牌。",
                5);
        evaluated(
                call(TicketType.COMPLAINT, "历下区解放路10号", JIEFANGLU, "尤女士", "解放路10号附近有摊贩占道经营卖早餐，人行道无法通行。", "CG.ZYJY"),
                "CG.ZYJY",
                LX_CGJ,
                "已引导早餐摊点入室经营。",
                4);
        evaluated(
                call(TicketType.COMPLAINT, "历下区解放路与山大路口", JIEFANGLU, "许先生", "山大路口路灯损坏，夜间路口很黑，存在安全隐患。", "CG.LD"),
                "CG.LD",
                LX_CGJ,
                "已修复路灯。",
                3);
        evaluated(
                call(TicketType.HELP, "历下区某小区", LIXIA, "何女士", "物业服务不到位，小区绿化没人管，物业还要涨价。", "ZJ.WY"),
                "ZJ.WY",
                ZJJ,
                "已约谈物业，落实绿化养护，涨价事项须经业主大会表决。",
                5);
        evaluated(
                call(TicketType.COMPLAINT, "历下区某小区", LIXIA, "吕先生", "物业公司不处理业主报修，物业服务态度很差。", "ZJ.WY"),
                "ZJ.WY",
                ZJJ,
                "已责令物业建立报修台账，限期处理。",
                2);
        evaluated(
                call(TicketType.SUGGESTION, "历下区泉城路步行街", QUANCHENGLU, "施女士", "建议在泉城路步行街增加路灯照明，晚上游客多但有的路段很暗。", "CG.LD"),
                "CG.LD",
                LX_CGJ,
                "已在暗区加装照明设施。",
                5);
        return count;
    }

    private Ticket received(NewTicket n) {
        count++;
        return demo.asAgent(() -> s.receive(n));
    }

    private void answered(String cat, String article, String address, String place, String text, String answer) {
        Ticket t = received(call(TicketType.CONSULTATION, address, place, "市民", text, cat));
        demo.asAgent(() -> s.answerDirectly(t.number(), t.version(), article, answer));
    }

    private Ticket dispatched(NewTicket n, String cat, String lead, String... assisting) {
        Ticket t = received(n);
        return demo.asOffice(() -> s.dispatch(t.number(), t.version(), cat, lead, List.of(assisting)));
    }

    private void merged(NewTicket n, String into) {
        Ticket t = received(n);
        demo.asOffice(() -> s.merge(t.number(), t.version(), into));
    }

    private Ticket signed(Ticket t, String unit, boolean lixia) {
        return lixia
                ? demo.asLixia(() -> s.sign(t.number(), t.version(), unit))
                : demo.asZjj(() -> s.sign(t.number(), t.version(), unit));
    }

    private Ticket replied(NewTicket n, String cat, String unit, String reply) {
        boolean lixia = LX_CGJ.equals(unit);
        Ticket t = signed(dispatched(n, cat, unit), unit, lixia);
        return lixia
                ? demo.asLixia(() -> s.reply(t.number(), t.version(), unit, reply))
                : demo.asZjj(() -> s.reply(t.number(), t.version(), unit, reply));
    }

    private Ticket approved(NewTicket n, String cat, String unit, String reply) {
        Ticket t = replied(n, cat, unit, reply);
        return demo.asOffice(() -> s.approve(t.number(), t.version(), "答复内容完整"));
    }

    private void evaluated(NewTicket n, String cat, String unit, String reply, int satisfaction) {
        Ticket t = approved(n, cat, unit, reply);
        demo.asAgent(() -> s.callback(t.number(), t.version(), DemoHotline.rated(satisfaction)));
    }
}
