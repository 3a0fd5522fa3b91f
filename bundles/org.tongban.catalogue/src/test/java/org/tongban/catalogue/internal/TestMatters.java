package org.tongban.catalogue.internal;

import java.util.List;
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.DeliveryMethod;
import org.tongban.catalogue.Fee;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.SpecialStep;
import org.tongban.catalogue.Step;

/** Valid matters to start from, and copies with one thing changed. */
final class TestMatters {
    private TestMatters() {}

    static Matter licence(String code, String jurisdiction, String department) {
        return new Matter(
                code,
                "SD-XK-00123",
                "食品经营许可（新办）",
                MatterType.ADMINISTRATIVE_LICENSING,
                List.of(ServedAudience.LEGAL_PERSON),
                jurisdiction,
                department,
                "《中华人民共和国食品安全法》第三十五条",
                "具有与经营的食品品种、数量相适应的经营场所。\n具有食品安全管理人员。",
                List.of(new Step("申请", "提交申请材料"), new Step("受理", "当场审查"), new Step("决定", null)),
                GuideLimits.workingDays(20, 5),
                false,
                List.of(),
                "政务服务中心二楼 12 号窗口",
                "周一至周五 9:00-12:00，13:30-17:30",
                "0531-12345678",
                "食品经营许可证",
                null,
                null,
                List.of(DeliveryMethod.WINDOW, DeliveryMethod.E_CERTIFICATE),
                0,
                null,
                false,
                OnlineDepth.FULLY_ONLINE,
                CrossRegionScope.PROVINCE_WIDE,
                null,
                true,
                "12345 政务服务便民热线",
                List.of(material("食品经营许可申请书", true, 0), material("营业执照", true, 0), material("房屋租赁合同", false, 1)),
                List.of(new SpecialStep("现场核查", org.tongban.catalogue.SpecialStepKind.ON_SITE_INSPECTION, 10, null)));
    }

    static Material material(String name, boolean required, int copies) {
        return new Material(name, required, false, 1, copies, "纸质", null, null, null, null);
    }

    static Matter named(Matter m, String name) {
        return copy(m, name, m.limits().promised().amount(), m.materials(), m.fees());
    }

    static Matter promised(Matter m, int days) {
        return copy(m, m.name(), days, m.materials(), m.fees());
    }

    static Matter materials(Matter m, List<Material> materials) {
        return copy(m, m.name(), m.limits().promised().amount(), materials, m.fees());
    }

    static Matter fees(Matter m, List<Fee> fees) {
        return copy(m, m.name(), m.limits().promised().amount(), m.materials(), fees);
    }

    static Matter copy(Matter m, String name, int promised, List<Material> materials, List<Fee> fees) {
        return new Matter(
                m.code(),
                m.baseCode(),
                name,
                m.type(),
                m.audiences(),
                m.jurisdictionCode(),
                m.departmentCode(),
                m.legalBasis(),
                m.conditions(),
                m.steps(),
                m.limits().withPromised(Limit.workingDays(promised)),
                m.instant(),
                fees,
                m.location(),
                m.hours(),
                m.phone(),
                m.result(),
                null,
                null,
                m.delivery(),
                m.visits(),
                null,
                false,
                m.onlineDepth(),
                m.crossRegion(),
                null,
                m.commitmentAllowed(),
                m.complaintChannel(),
                materials,
                m.specialSteps());
    }
}
