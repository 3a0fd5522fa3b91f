package org.tongban.catalogue.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.DeliveryMethod;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialRef;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.SpecialStep;
import org.tongban.catalogue.SpecialStepKind;
import org.tongban.catalogue.Step;

/**
 * A large synthetic catalogue of Jinan for scale tests and benchmarks (for example 100,000 matters and as many
 * FAQs). It is never demo data: names are assembled from the vocabulary of real guides, so that text search,
 * paging and the consistency report behave as with real content, but nothing in it is a real service guide.
 *
 * <p>The same sizes and seed always give an equal document. Each base matter is implemented in every jurisdiction
 * of the tree (city, districts, four sub-districts of 历下区), so the consistency report has many groups; about one
 * implementation in eight differs from its siblings in its promised limit or one material. Texts that need not be
 * distinct are shared instances, which keeps 100,000 matters within a few hundred megabytes of heap.
 */
public final class SyntheticCatalogue {
    public static final long DEFAULT_SEED = 20_260_301L;

    /** Jurisdictions of the Jinan seed tree, with the name used in department names and locations. */
    private static final String[][] JURISDICTIONS = {
        {"370100", "济南市"},
        {"370102", "历下区"},
        {"370103", "市中区"},
        {"370104", "槐荫区"},
        {"370105", "天桥区"},
        {"370112", "历城区"},
        {"370113", "长清区"},
        {"370114", "章丘区"},
        {"370115", "济阳区"},
        {"370116", "莱芜区"},
        {"370117", "钢城区"},
        {"370124", "平阴县"},
        {"370126", "商河县"},
        {"370102001", "历下区解放路街道"},
        {"370102002", "历下区千佛山街道"},
        {"370102003", "历下区趵突泉街道"},
        {"370102004", "历下区泉城路街道"}
    };

    /** Department code suffix and name (without the jurisdiction). */
    private static final String[][] DEPARTMENTS = {
        {"XSP", "行政审批服务局"}, {"SJJ", "市场监督管理局"}, {"RSJ", "人力资源和社会保障局"}, {"YBJ", "医疗保障局"},
        {"MZJ", "民政局"}, {"ZJJ", "住房和城乡建设局"}, {"WJW", "卫生健康局"}, {"JYJ", "教育和体育局"},
        {"CGJ", "城市管理局"}, {"TYJ", "退役军人事务局"}, {"CLJ", "残疾人联合会"}, {"JTJ", "交通运输局"}
    };

    /** Subject, department suffix, type, audience (N natural, L legal, B both), legal basis. */
    private static final String[][] SUBJECTS = {
        {"食品经营许可", "XSP", "XK", "B", "《中华人民共和国食品安全法》第三十五条"},
        {"公共场所卫生许可", "XSP", "XK", "B", "《公共场所卫生管理条例》第八条"},
        {"有限责任公司登记", "XSP", "XK", "L", "《市场主体登记管理条例》第三条、第十九条"},
        {"个体工商户登记", "XSP", "XK", "N", "《促进个体工商户发展条例》；《市场主体登记管理条例》第三条"},
        {"药品零售企业许可", "XSP", "XK", "L", "《中华人民共和国药品管理法》第五十一条"},
        {"建筑工程施工许可证核发", "XSP", "XK", "L", "《中华人民共和国建筑法》第七条、第八条"},
        {"人力资源服务许可", "XSP", "XK", "L", "《人力资源市场暂行条例》第十八条"},
        {"劳务派遣经营许可", "XSP", "XK", "L", "《中华人民共和国劳动合同法》第五十七条"},
        {"社会团体登记", "XSP", "XK", "L", "《社会团体登记管理条例》第九条"},
        {"娱乐场所经营许可", "XSP", "XK", "B", "《娱乐场所管理条例》第九条"},
        {"道路货物运输经营许可", "XSP", "XK", "B", "《中华人民共和国道路运输条例》第二十四条"},
        {"护士执业注册", "XSP", "XK", "N", "《护士条例》第七条、第八条"},
        {"教师资格认定", "XSP", "XK", "N", "《中华人民共和国教师法》第十三条"},
        {"特种设备使用登记", "SJJ", "XK", "L", "《中华人民共和国特种设备安全法》第三十三条"},
        {"仅销售预包装食品备案", "SJJ", "QT", "B", "《中华人民共和国食品安全法》第三十五条"},
        {"移出经营异常名录", "SJJ", "QT", "L", "《企业信息公示暂行条例》第十七条"},
        {"专利侵权纠纷行政裁决", "SJJ", "CJ", "B", "《中华人民共和国专利法》第六十五条"},
        {"失业登记", "RSJ", "GG", "N", "《中华人民共和国就业促进法》第五十四条"},
        {"失业保险金申领", "RSJ", "JF", "N", "《中华人民共和国社会保险法》第四十五条"},
        {"工伤认定", "RSJ", "QR", "B", "《工伤保险条例》第十七条、第二十条"},
        {"单位社会保险参保登记", "RSJ", "GG", "L", "《中华人民共和国社会保险法》第五十七条"},
        {"职工基本养老保险退休待遇核定", "RSJ", "JF", "N", "《中华人民共和国社会保险法》第十六条"},
        {"城乡居民基本养老保险参保登记", "RSJ", "GG", "N", "《中华人民共和国社会保险法》第二十条"},
        {"一次性创业补贴申领", "RSJ", "JF", "N", "《济南市一次性创业补贴实施办法》"},
        {"城乡居民基本医疗保险参保登记", "YBJ", "GG", "N", "《中华人民共和国社会保险法》第二十五条"},
        {"门诊慢特病待遇认定", "YBJ", "QR", "N", "《济南市基本医疗保险门诊慢特病管理办法》"},
        {"异地就医备案", "YBJ", "GG", "N", "《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》"},
        {"最低生活保障审核确认", "MZJ", "JF", "N", "《社会救助暂行办法》第九条、第十一条"},
        {"特困人员认定", "MZJ", "JF", "N", "《社会救助暂行办法》第十四条"},
        {"临时救助", "MZJ", "JF", "N", "《社会救助暂行办法》第四十七条"},
        {"内地居民结婚登记", "MZJ", "QR", "N", "《中华人民共和国民法典》第一千零四十九条"},
        {"高龄津贴申领", "MZJ", "JF", "N", "《中华人民共和国老年人权益保障法》第三十三条"},
        {"养老机构备案", "MZJ", "QT", "L", "《中华人民共和国老年人权益保障法》第四十三条"},
        {"房屋租赁登记备案", "ZJJ", "QT", "B", "《商品房屋租赁管理办法》第十四条"},
        {"公共租赁住房保障资格申请", "ZJJ", "JF", "N", "《公共租赁住房管理办法》第七条"},
        {"诊所备案", "WJW", "QT", "B", "《医疗机构管理条例》"},
        {"预防接种证办理", "WJW", "GG", "N", "《中华人民共和国疫苗管理法》第四十七条"},
        {"义务教育阶段学校入学报名", "JYJ", "GG", "N", "《中华人民共和国义务教育法》第十二条"},
        {"中小学生转学", "JYJ", "GG", "N", "《中小学生学籍管理办法》第十三条"},
        {"店招标牌设置审批", "CGJ", "XK", "B", "《城市市容和环境卫生管理条例》第十一条"},
        {"占用、挖掘城市道路审批", "CGJ", "XK", "B", "《城市道路管理条例》第三十一条"},
        {"退役军人优待证申领", "TYJ", "GG", "N", "《中华人民共和国退役军人保障法》第六十二条"},
        {"残疾人证核发", "CLJ", "QR", "N", "《中华人民共和国残疾人证管理办法》第七条"},
        {"网络预约出租汽车驾驶员证核发", "JTJ", "XK", "N", "《网络预约出租汽车经营服务管理暂行办法》第十五条"}
    };

    private static final String[] ACTIONS = {"新办", "变更", "延续", "注销", "补办", "换发", "迁移", "信息更正"};
    private static final String[] SCOPES = {
        "", "连锁经营", "小微企业", "农村地区", "外商投资", "告知承诺", "园区企业", "个人申请", "集体经济组织", "港澳台居民", "异地迁入", "网上申请", "容缺受理"
    };
    private static final String[] MATERIAL_NAMES = {
        "申请书",
        "营业执照",
        "法定代表人居民身份证",
        "申请人居民身份证",
        "经营场所使用证明",
        "房屋租赁合同",
        "不动产权证书",
        "授权委托书及受托人居民身份证",
        "居民户口簿",
        "承诺书",
        "场所平面布局图",
        "管理制度文本",
        "从业人员健康证明",
        "专业技术人员资格证明",
        "设备设施清单",
        "检验检测报告",
        "原证件",
        "社会保障卡",
        "结婚证",
        "近期免冠彩色照片"
    };
    private static final String[] E_CERTIFICATES = {
        null, "营业执照", null, "居民身份证", null, null, "不动产权证书", null, "居民户口簿", null, null, null, null, null, null, null,
        null, "社会保障卡", "结婚证", null
    };
    private static final int[] LEGAL_LIMITS = {0, 3, 5, 10, 15, 20, 30, 60};
    private static final String[] QUESTIONS = {
        "办理%s需要多长时间？", "%s可以在网上办吗？", "办%s要带哪些材料？", "%s收费吗？", "%s能让别人代办吗？", "%s在哪里办？", "不在户籍地能办%s吗？", "%s办好了怎么领取结果？"
    };
    private static final String[] ANSWERS = {
        "法定办结时限为 %d 个工作日，承诺时限以办事指南为准；需要现场核查、专家评审的，所需时间不计入办理时限。",
        "可以登录山东政务服务网（济南站）或“爱山东”APP 在线申请，第 %d 号窗口同步提供帮办代办服务。",
        "请按办事指南的材料清单准备，已关联电子证照的材料可免提交；缺少次要材料的可申请容缺受理（材料 %d 项）。",
        "本事项不收费（指南编号 %d）。",
        "可以委托他人办理，受托人需携带授权委托书及本人居民身份证（委托书模板第 %d 版）。",
        "可到所在区县政务服务中心综合受理窗口办理，也可就近到街道便民服务中心（服务网点 %d 个）。",
        "本事项已实现通办，可就近提交申请，由属地部门办理（通办网点 %d 个）。",
        "可选择窗口领取、免费邮寄或电子证照，邮寄一般 %d 个工作日内送达。"
    };

    private final int matterCount;
    private final int faqCount;
    private final long seed;

    private SyntheticCatalogue(int matterCount, int faqCount, long seed) {
        if (matterCount < JURISDICTIONS.length || faqCount < 0) {
            throw new IllegalArgumentException("at least " + JURISDICTIONS.length + " matters, FAQs not negative");
        }
        this.matterCount = matterCount;
        this.faqCount = faqCount;
        this.seed = seed;
    }

    /** A catalogue of {@code matters} matters and {@code faqs} FAQ entries, the same for the same arguments. */
    public static SyntheticCatalogue of(int matters, int faqs, long seed) {
        return new SyntheticCatalogue(matters, faqs, seed);
    }

    /** The document: departments, published matters, FAQs and one life event per 2,000 matters. */
    public CatalogueDocument document() {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Department> departments = new LinkedHashMap<>();
        Map<String, String> shared = new HashMap<>();
        List<DocumentMatter> matters = new ArrayList<>(matterCount);
        int bases = (matterCount + JURISDICTIONS.length - 1) / JURISDICTIONS.length;
        for (int i = 0; i < matterCount; i++) {
            int base = i / JURISDICTIONS.length;
            String[] jurisdiction = JURISDICTIONS[i % JURISDICTIONS.length];
            String[] subject = SUBJECTS[base % SUBJECTS.length];
            Department department = departments.computeIfAbsent(
                    jurisdiction[0] + "-" + subject[1], code -> department(code, jurisdiction, subject[1]));
            matters.add(new DocumentMatter(
                    matter(i, base, bases, jurisdiction, subject, department, random, shared), GuideStatus.PUBLISHED));
        }
        List<Faq> faqs = new ArrayList<>(faqCount);
        for (int i = 0; i < faqCount; i++) {
            Matter m = matters.get(random.nextInt(matters.size())).matter();
            List<String> linked = new ArrayList<>(List.of(m.code()));
            if (random.nextInt(4) == 0) {
                Matter other = matters.get(random.nextInt(matters.size())).matter();
                if (!other.code().equals(m.code())) {
                    linked.add(other.code());
                }
            }
            int kind = i % QUESTIONS.length;
            faqs.add(new Faq(
                    "SFAQ-%06d".formatted(i + 1),
                    QUESTIONS[kind].formatted(m.name()),
                    ANSWERS[kind].formatted(kind == 0 ? m.limits().legal().amount() : random.nextInt(1, 60)),
                    linked));
        }
        return new CatalogueDocument(
                List.copyOf(departments.values()), matters, faqs, lifeEvents(matters, random), Map.of());
    }

    private static Department department(String code, String[] jurisdiction, String suffix) {
        String name = nameOf(suffix);
        String full = jurisdiction[0].length() > 6
                ? jurisdiction[1] + "便民服务中心（" + name + "窗口）"
                : (jurisdiction[0].equals("370100") ? "济南市" : "济南市" + jurisdiction[1]) + name;
        return new Department(
                code, full, jurisdiction[0], "0531-6%07d".formatted(Math.abs(code.hashCode()) % 10_000_000));
    }

    private static String nameOf(String suffix) {
        for (String[] d : DEPARTMENTS) {
            if (d[0].equals(suffix)) {
                return d[1];
            }
        }
        throw new IllegalArgumentException(suffix);
    }

    private static Matter matter(
            int index,
            int base,
            int bases,
            String[] jurisdiction,
            String[] subject,
            Department department,
            SplittableRandom random,
            Map<String, String> shared) {
        String action = ACTIONS[(base / SUBJECTS.length) % ACTIONS.length];
        String scope = SCOPES[(base / (SUBJECTS.length * ACTIONS.length)) % SCOPES.length];
        String name = subject[0] + "（" + action + "）" + (scope.isEmpty() ? "" : "—" + scope);
        if (base >= SUBJECTS.length * ACTIONS.length * SCOPES.length) {
            name += "（第" + (base / (SUBJECTS.length * ACTIONS.length * SCOPES.length) + 1) + "批）";
        }
        // Siblings of one base share their content; a few differ, so the consistency report has work to do.
        SplittableRandom content = new SplittableRandom(base * 7_919L + 17);
        boolean deviates = random.nextInt(8) == 0;
        int legal = LEGAL_LIMITS[content.nextInt(LEGAL_LIMITS.length)];
        boolean instant = legal == 0 || content.nextInt(5) == 0;
        int promised = instant ? 0 : Math.max(1, legal / (2 + content.nextInt(4)));
        if (deviates && !instant && promised > 1) {
            promised--;
        }
        List<Material> materials = materials(content, deviates);
        OnlineDepth depth = OnlineDepth.values()[content.nextInt(10) < 7 ? 0 : 1 + content.nextInt(2)];
        MatterType type = type(subject[2]);
        String typeCode = subject[2];
        String code = "%s-%s-%05d".formatted(department.code(), typeCode, index / JURISDICTIONS.length + 1);
        String hall = jurisdiction[1] + (jurisdiction[0].length() > 6 ? "便民服务中心" : "政务服务中心");
        return Matter.builder()
                .code(code)
                .baseCode("SY-%s-%06d".formatted(typeCode, base + 1))
                .name(name)
                .type(type)
                .audiences(audiences(subject[3]))
                .jurisdictionCode(jurisdiction[0])
                .departmentCode(department.code())
                .legalBasis(intern(
                        shared,
                        type == MatterType.ADMINISTRATIVE_LICENSING ? subject[4] + "；《中华人民共和国行政许可法》第四十二条" : subject[4]))
                .conditions(intern(shared, "申请人符合" + subject[0] + "的法定条件，申请材料齐全、符合法定形式。"))
                .steps(steps(instant, shared))
                .limits(GuideLimits.workingDays(legal, promised))
                .instant(instant)
                .location(intern(shared, hall + "综合受理窗口"))
                .hours("周一至周五 9:00-12:00，13:30-17:30（法定节假日除外）")
                .consultationPhone(department.phone())
                .result(intern(shared, subject[0] + "办理结果"))
                .delivery(List.of(DeliveryMethod.WINDOW, DeliveryMethod.MAIL))
                .visits(depth == OnlineDepth.FULLY_ONLINE ? 0 : 1)
                .onlineDepth(depth)
                .crossRegion(CrossRegionScope.values()[content.nextInt(CrossRegionScope.values().length)])
                .commitmentAllowed(content.nextInt(3) == 0)
                .complaint(new ContactChannel(null, intern(shared, "12345 政务服务便民热线；" + department.name())))
                .materials(materials)
                .specialSteps(
                        content.nextInt(10) == 0
                                ? List.of(
                                        new SpecialStep("现场核查", SpecialStepKind.ON_SITE_INSPECTION, 10, "核查时间不计入办理时限"))
                                : List.of())
                .build();
    }

    private static List<Material> materials(SplittableRandom content, boolean deviates) {
        int count = 3 + content.nextInt(5);
        List<Material> materials = new ArrayList<>(count + 1);
        int start = content.nextInt(MATERIAL_NAMES.length);
        for (int k = 0; k < count; k++) {
            int n = (start + k * 3) % MATERIAL_NAMES.length;
            boolean required = k < count - 1 || content.nextBoolean();
            materials.add(new Material(
                    MATERIAL_NAMES[n],
                    required,
                    required && content.nextInt(6) == 0,
                    E_CERTIFICATES[n] == null ? 1 : 0,
                    content.nextInt(3) == 0 ? 1 : 0,
                    E_CERTIFICATES[n] == null ? "纸质或电子" : "原件核验",
                    E_CERTIFICATES[n],
                    null,
                    null,
                    null));
        }
        if (deviates) {
            materials.add(new Material("补充说明材料", false, false, 1, 0, "纸质", null, "本级补充要求", null, null));
        }
        return materials;
    }

    private static List<Step> steps(boolean instant, Map<String, String> shared) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("申请", intern(shared, "网上或窗口提交申请")));
        steps.add(new Step("受理", intern(shared, "材料齐全、符合法定形式的予以受理，不全的一次性告知")));
        if (!instant) {
            steps.add(new Step("审查", intern(shared, "审查申请材料，必要时组织核查")));
            steps.add(new Step("决定", intern(shared, "作出准予或者不予办理的决定")));
        }
        steps.add(new Step("办结", intern(shared, "送达办理结果")));
        return steps;
    }

    private List<LifeEvent> lifeEvents(List<DocumentMatter> matters, SplittableRandom random) {
        List<LifeEvent> events = new ArrayList<>();
        for (int e = 0; e < matterCount / 2_000; e++) {
            Matter first = matters.get(random.nextInt(matters.size())).matter();
            Matter second = matters.get(random.nextInt(matters.size())).matter();
            Matter third = matters.get(random.nextInt(matters.size())).matter();
            if (first.code().equals(second.code())
                    || third.code().equals(first.code())
                    || third.code().equals(second.code())) {
                continue;
            }
            String material = first.materials().getLast().name();
            SituationQuestion question = new SituationQuestion(
                    "Q1",
                    "是否需要同时办理" + third.name() + "？",
                    List.of(
                            new SituationOption("Y", "是", List.of(third.code()), List.of(), List.of()),
                            new SituationOption(
                                    "N", "否", List.of(), List.of(), List.of(new MaterialRef(first.code(), material)))));
            events.add(new LifeEvent(
                    "SLE-%04d".formatted(e + 1),
                    "一件事：" + first.name(),
                    "370100",
                    first.audiences().getFirst(),
                    "由" + first.name() + "、" + second.name() + "等事项组成的一件事（合成数据）",
                    List.of(first.code(), second.code()),
                    List.of(question)));
        }
        return events;
    }

    private static MatterType type(String code) {
        return switch (code) {
            case "XK" -> MatterType.ADMINISTRATIVE_LICENSING;
            case "QR" -> MatterType.ADMINISTRATIVE_CONFIRMATION;
            case "JF" -> MatterType.ADMINISTRATIVE_PAYMENT;
            case "CJ" -> MatterType.ADMINISTRATIVE_ADJUDICATION;
            case "QT" -> MatterType.OTHER_ADMINISTRATIVE_POWER;
            default -> MatterType.PUBLIC_SERVICE;
        };
    }

    private static List<ServedAudience> audiences(String code) {
        return switch (code) {
            case "N" -> List.of(ServedAudience.NATURAL_PERSON);
            case "L" -> List.of(ServedAudience.LEGAL_PERSON);
            default -> List.of(ServedAudience.NATURAL_PERSON, ServedAudience.LEGAL_PERSON);
        };
    }

    private static String intern(Map<String, String> shared, String text) {
        return shared.computeIfAbsent(text, t -> t);
    }
}
