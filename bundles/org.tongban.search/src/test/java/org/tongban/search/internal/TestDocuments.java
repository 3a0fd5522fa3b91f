package org.tongban.search.internal;

import java.util.List;
import org.tongban.search.DocumentKind;
import org.tongban.search.SearchDocument;

/** A few guides of Jinan (370100) and two of its districts, 历下区 (370102) and 市中区 (370103). */
final class TestDocuments {
    static final SearchDocument LICENCE_CITY = matter(
            "370100-SJJ-XK-001",
            "营业执照核发（有限责任公司设立登记）",
            "370100",
            "370100-SJJ",
            "济南市市场监督管理局",
            "申请人已取得名称，经营场所符合要求。",
            List.of("公司登记（备案）申请书", "法定代表人居民身份证", "住所使用证明"),
            List.of("法人"),
            List.of("企业开办一件事"));
    static final SearchDocument FOOD_LIXIA = matter(
            "370102-SJJ-XK-002",
            "食品经营许可（新办）",
            "370102",
            "370102-SJJ",
            "历下区市场监督管理局",
            "已取得营业执照，有与经营食品相适应的场所。",
            List.of("食品经营许可申请书", "营业执照复印件", "食品安全管理制度"),
            List.of("法人", "自然人"),
            List.of("我要开餐馆"));
    static final SearchDocument FOOD_SHIZHONG = matter(
            "370103-SJJ-XK-002",
            "食品经营许可（新办）",
            "370103",
            "370103-SJJ",
            "市中区市场监督管理局",
            "已取得营业执照，有与经营食品相适应的场所。",
            List.of("食品经营许可申请书", "营业执照复印件"),
            List.of("法人", "自然人"),
            List.of("我要开餐馆"));
    // 居民身份证法 第十二条: 60 日, natural days.
    static final SearchDocument ID_CARD = withLimits(
            matter(
                    "370100-GAJ-QR-010",
                    "居民身份证补领",
                    "370100",
                    "370100-GAJ",
                    "济南市公安局",
                    "居民身份证丢失或损坏的，可申请补领。",
                    List.of("居民户口簿", "本人近期免冠照片"),
                    List.of("自然人"),
                    List.of()),
            "法定 60 日（居民身份证法 第十二条），承诺 20 日",
            "20 日");
    static final SearchDocument PROPERTY = matter(
            "370102-ZRJ-QR-003",
            "不动产登记（二手房转移登记）",
            "370102",
            "370102-ZRJ",
            "历下区自然资源局",
            "买卖双方已签订存量房买卖合同。",
            List.of("不动产权证书", "存量房买卖合同", "契税完税凭证"),
            List.of("自然人", "法人"),
            List.of("二手房买卖一件事"));
    static final SearchDocument BIRTH = matter(
            "370100-WJW-GG-004",
            "出生医学证明签发",
            "370100",
            "370100-WJW",
            "济南市卫生健康委员会",
            "在本市助产机构出生的新生儿。",
            List.of("父母双方居民身份证", "结婚证"),
            List.of("自然人"),
            List.of("新生儿出生一件事"));
    static final SearchDocument FAQ_LICENCE = SearchDocument.builder("faq:FAQ-0001", DocumentKind.FAQ)
            .matterCode("370100-SJJ-XK-001")
            .title("营业执照丢了怎么办？")
            .question("营业执照丢了怎么办？")
            .answer("可通过国家企业信用信息公示系统发布遗失声明，再到登记机关申请补领营业执照。")
            .departmentCode("370100-SJJ")
            .departmentName("济南市市场监督管理局")
            .jurisdictionCode("370100")
            .audiences(List.of("法人"))
            .published(true)
            .build();
    static final SearchDocument TRADITIONAL = matter(
            "370100-SJJ-XK-009",
            "藥品經營許可（零售）",
            "370100",
            "370100-SJJ",
            "济南市市场监督管理局",
            "具有依法經過資格認定的藥學技術人員。",
            List.of("藥品經營許可證申請表"),
            List.of("法人"),
            List.of());

    static final List<SearchDocument> ALL =
            List.of(LICENCE_CITY, FOOD_LIXIA, FOOD_SHIZHONG, ID_CARD, PROPERTY, BIRTH, FAQ_LICENCE, TRADITIONAL);

    private TestDocuments() {}

    static SearchDocument matter(
            String code,
            String name,
            String jurisdiction,
            String department,
            String departmentName,
            String conditions,
            List<String> materials,
            List<String> audiences,
            List<String> lifeEvents) {
        return SearchDocument.builder("matter:" + code, DocumentKind.MATTER)
                .matterCode(code)
                .title(name)
                .conditions(conditions)
                .materials(materials)
                .departmentCode(department)
                .departmentName(departmentName)
                .jurisdictionCode(jurisdiction)
                .audiences(audiences)
                .lifeEvents(lifeEvents)
                .published(true)
                .build();
    }

    static SearchDocument unpublished(SearchDocument d) {
        return d.toBuilder().published(false).build();
    }

    static SearchDocument withLimits(SearchDocument d, String limits, String promisedLimit) {
        return d.toBuilder().limits(limits).promisedLimit(promisedLimit).build();
    }

    /** The document with a matter type and cross-region modes, as the catalogue maps them (Chinese labels). */
    static SearchDocument classified(SearchDocument d, String matterType, List<String> crossRegionModes) {
        return d.toBuilder()
                .matterType(matterType)
                .crossRegionModes(crossRegionModes)
                .build();
    }

    static SearchDocument retitled(SearchDocument d, String title) {
        return d.toBuilder().title(title).build();
    }
}
