package org.tongban.catalogue.internal;

import java.util.List;
import org.tongban.catalogue.ContactChannel;
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
        return Matter.builder()
                .code(code)
                .baseCode("SD-XK-00123")
                .name("食品经营许可（新办）")
                .type(MatterType.ADMINISTRATIVE_LICENSING)
                .audiences(List.of(ServedAudience.LEGAL_PERSON))
                .jurisdictionCode(jurisdiction)
                .departmentCode(department)
                .legalBasis("《中华人民共和国食品安全法》第三十五条")
                .conditions("具有与经营的食品品种、数量相适应的经营场所。\n具有食品安全管理人员。")
                .steps(List.of(new Step("申请", "提交申请材料"), new Step("受理", "当场审查"), new Step("决定", null)))
                .limits(GuideLimits.workingDays(20, 5))
                .location("政务服务中心二楼 12 号窗口")
                .hours("周一至周五 9:00-12:00，13:30-17:30")
                .consultationPhone("0531-12345678")
                .result("食品经营许可证")
                .delivery(List.of(DeliveryMethod.WINDOW, DeliveryMethod.E_CERTIFICATE))
                .visits(0)
                .onlineDepth(OnlineDepth.FULLY_ONLINE)
                .crossRegion(CrossRegionScope.PROVINCE_WIDE)
                .commitmentAllowed(true)
                .complaint(new ContactChannel(null, "12345 政务服务便民热线"))
                .materials(List.of(
                        material("食品经营许可申请书", true, 0), material("营业执照", true, 0), material("房屋租赁合同", false, 1)))
                .specialSteps(List.of(
                        new SpecialStep("现场核查", org.tongban.catalogue.SpecialStepKind.ON_SITE_INSPECTION, 10, null)))
                .build();
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
        return m.toBuilder()
                .name(name)
                .limits(m.limits().withPromised(Limit.workingDays(promised)))
                .fees(fees)
                .resultType(null)
                .resultCertificate(null)
                .visitReason(null)
                .inPersonOnly(false)
                .crossRegionModes(null)
                .materials(materials)
                .build();
    }
}
