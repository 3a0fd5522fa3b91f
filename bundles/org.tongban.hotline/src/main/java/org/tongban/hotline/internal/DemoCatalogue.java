package org.tongban.hotline.internal;

import java.util.List;
import org.tongban.hotline.Category;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.Unit;

/** Jinan's demo dispatch catalogue: real units of the city, districts and streets, and who takes what where. */
final class DemoCatalogue {
    static final String CITY = "370100";
    static final String LIXIA = "370102";
    static final String SHIZHONG = "370103";
    static final String JIEFANGLU = "370102001";
    static final String QIANFOSHAN = "370102002";
    static final String BAOTUQUAN = "370102003";
    static final String QUANCHENGLU = "370102004";

    static final String ZJJ = "JN-ZJJ";
    static final String CGJ = "JN-CGJ";
    static final String SCJGJ = "JN-SCJGJ";
    static final String RSJ = "JN-RSJ";
    static final String JTJ = "JN-JTYSJ";
    static final String HBJ = "JN-STHJJ";
    static final String LX_CGJ = "LX-CGJ";
    static final String SZ_CGJ = "SZ-CGJ";
    static final String LX_JFL = "LX-JFLJD";
    static final String LX_QCL = "LX-QCLJD";
    static final String LX_BTQ = "LX-BTQJD";
    static final String LX_QFS = "LX-QFSJD";

    static final List<Category> CATEGORIES = List.of(
            new Category("CG", null, "城市管理", false),
            new Category("CG.ZYJY", "CG", "占道经营", true),
            new Category("CG.LD", "CG", "路灯损坏", true),
            new Category("CG.LJ", "CG", "垃圾清运", true),
            new Category("HB", null, "生态环境", false),
            new Category("HB.ZS", "HB", "噪音扰民", true),
            new Category("HB.DQ", "HB", "大气污染", false),
            new Category("RS", null, "人力资源和社会保障", false),
            new Category("RS.QX", "RS", "拖欠工资", true),
            new Category("RS.SB", "RS", "社会保险", false),
            new Category("ZJ", null, "住房和城乡建设", false),
            new Category("ZJ.WY", "ZJ", "物业服务", true),
            new Category("ZJ.GD", "ZJ", "建筑工地", false),
            new Category("SC", null, "市场监管", false),
            new Category("SC.SP", "SC", "食品安全", true),
            new Category("SC.JG", "SC", "价格收费", false),
            new Category("JT", null, "交通运输", false),
            new Category("JT.CZ", "JT", "出租车服务", true),
            new Category("JT.GJ", "JT", "公交线路", false));

    static final List<Unit> UNITS = List.of(
            new Unit(ZJJ, "济南市住房和城乡建设局", CITY, null, null),
            new Unit(CGJ, "济南市城市管理局", CITY, null, null),
            new Unit(SCJGJ, "济南市市场监督管理局", CITY, null, null),
            new Unit(RSJ, "济南市人力资源和社会保障局", CITY, null, null),
            new Unit(JTJ, "济南市交通运输局", CITY, null, null),
            new Unit(HBJ, "济南市生态环境局", CITY, null, null),
            new Unit(LX_CGJ, "历下区城市管理局", LIXIA, null, null),
            new Unit(SZ_CGJ, "市中区城市管理局", SHIZHONG, null, null),
            new Unit(LX_JFL, "解放路街道办事处", JIEFANGLU, LX_CGJ, null),
            new Unit(LX_QCL, "泉城路街道办事处", QUANCHENGLU, LX_CGJ, null),
            new Unit(LX_BTQ, "趵突泉街道办事处", BAOTUQUAN, LX_CGJ, null),
            new Unit(LX_QFS, "千佛山街道办事处", QIANFOSHAN, LX_CGJ, null));

    private DemoCatalogue() {}

    static void load(DispatchCatalogue catalogue) {
        CATEGORIES.forEach(catalogue::saveCategory);
        UNITS.forEach(catalogue::saveUnit);
        catalogue.addMember(LX_CGJ, DemoAccounts.LIXIA_UNIT.username());
        catalogue.addMember(ZJJ, DemoAccounts.CITY_ZJJ.username());
        catalogue.route("CG", CITY, CGJ);
        catalogue.route("CG", LIXIA, LX_CGJ);
        catalogue.route("CG", SHIZHONG, SZ_CGJ);
        catalogue.route("HB", CITY, HBJ);
        catalogue.route("RS", CITY, RSJ);
        catalogue.route("ZJ", CITY, ZJJ);
        catalogue.route("SC", CITY, SCJGJ);
        catalogue.route("JT", CITY, JTJ);
    }
}
