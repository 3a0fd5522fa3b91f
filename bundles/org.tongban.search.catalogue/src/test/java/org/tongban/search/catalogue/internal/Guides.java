package org.tongban.search.catalogue.internal;

import java.util.Arrays;
import java.util.List;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.DeliveryMethod;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.Step;

/** Valid service guides that differ in what a citizen searches for: code, name, materials. */
final class Guides {
    private Guides() {}

    static Matter guide(String code, String name, String jurisdiction, String department, String... materials) {
        return Matter.builder()
                .code(code)
                .baseCode("SD-" + code.substring(code.indexOf('-') + 1))
                .name(name)
                .type(MatterType.ADMINISTRATIVE_LICENSING)
                .audiences(List.of(ServedAudience.LEGAL_PERSON))
                .jurisdictionCode(jurisdiction)
                .departmentCode(department)
                .legalBasis("《中华人民共和国行政许可法》")
                .conditions("申请人具备法定条件。")
                .steps(List.of(new Step("申请", "提交申请材料"), new Step("受理", "当场审查"), new Step("决定", null)))
                .limits(GuideLimits.workingDays(20, 5))
                .location("政务服务中心二楼")
                .hours("周一至周五 9:00-12:00，13:30-17:30")
                .consultationPhone("0531-12345678")
                .result("许可证")
                .delivery(List.of(DeliveryMethod.WINDOW))
                .visits(0)
                .onlineDepth(OnlineDepth.FULLY_ONLINE)
                .crossRegion(CrossRegionScope.PROVINCE_WIDE)
                .complaint(new ContactChannel(null, "12345 政务服务便民热线"))
                .materials(Arrays.stream(materials)
                        .map(m -> new Material(m, true, false, 1, 0, "纸质", null, null, null, null))
                        .toList())
                .build();
    }

    static Matter renamed(Matter m, String name) {
        return m.toBuilder()
                .name(name)
                .resultType(null)
                .resultCertificate(null)
                .visitReason(null)
                .inPersonOnly(false)
                .crossRegionModes(null)
                .build();
    }
}
