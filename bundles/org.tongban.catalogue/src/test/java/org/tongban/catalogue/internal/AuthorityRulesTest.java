package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.catalogue.NationalCodes;
import org.tongban.catalogue.PowerSource;
import org.tongban.catalogue.Step;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.security.Jurisdiction;

/** The rules of the 实施清单 elements: implementing body, power source, joint bodies, intermediaries, channels, steps. */
class AuthorityRulesTest {
    private static final String CITY_GOVERNMENT = "11100000MB0143028R";
    private static final Map<String, Department> DEPARTMENTS = Map.of(
            "370100-ZRZY", new Department("370100-ZRZY", "济南市自然资源和规划局", "370100", null, "914403001922038216"),
            "370100-ZJJ", new Department("370100-ZJJ", "济南市住房和城乡建设局", "370100", null));

    private static final CatalogueLookup LOOKUP = new CatalogueLookup() {
        @Override
        public boolean jurisdictionExists(String code) {
            return true;
        }

        @Override
        public Optional<Department> department(String code) {
            return Optional.ofNullable(DEPARTMENTS.get(code));
        }

        @Override
        public Optional<Jurisdiction.Level> jurisdictionLevel(String code) {
            return Optional.of(Jurisdiction.Level.CITY);
        }

        @Override
        public Optional<Set<String>> materialNames(String matterCode) {
            return Optional.empty();
        }

        @Override
        public String attachmentProblem(Attachment attachment) {
            return null;
        }
    };

    private static Matter land() {
        return TestMatters.licence("370100-ZRZY-CJ-001", "370100", "370100-ZRZY").toBuilder()
                .limits(GuideLimits.workingDays(20, 10))
                .build();
    }

    private static List<String> errors(Matter m) {
        List<ValidationError> errors = new ArrayList<>();
        new AuthorityRules(errors, LOOKUP).check(m, "");
        return errors.stream().map(ValidationError::toString).toList();
    }

    @Test
    void aBodyOtherThanTheHandlingDepartmentIsNamedWithItsCreditCode_GB32100() {
        Matter decidedByGovernment = land().toBuilder()
                .authority(new MatterAuthority("济南市人民政府", CITY_GOVERNMENT, PowerSource.STATUTORY, null, List.of()))
                .build();
        assertThat(errors(decidedByGovernment)).isEmpty();

        Matter mistyped = land().toBuilder()
                .authority(new MatterAuthority("济南市人民政府", "11100000MB0143028Q", PowerSource.STATUTORY, null, List.of()))
                .build();
        assertThat(errors(mistyped)).containsExactly("authority.creditCode：统一社会信用代码校验位不符（应为「R」），请核对是否抄错");
    }

    @Test
    void aDelegatedOrEntrustedPowerNamesTheBodyThatGrantedIt_行政许可法第二十四条() {
        for (PowerSource source : List.of(PowerSource.DELEGATED, PowerSource.ENTRUSTED)) {
            Matter m = land().toBuilder()
                    .authority(new MatterAuthority(null, null, source, " ", List.of()))
                    .build();
            assertThat(errors(m))
                    .singleElement()
                    .asString()
                    .startsWith("authority.grantingBody：权力来源为" + source.label());
        }
        Matter entrusted = land().toBuilder()
                .authority(new MatterAuthority(null, null, PowerSource.ENTRUSTED, "济南市人民政府", List.of()))
                .build();
        assertThat(errors(entrusted)).isEmpty();
        Matter statutoryWithGrantor = land().toBuilder()
                .authority(new MatterAuthority(null, null, PowerSource.STATUTORY, "济南市人民政府", List.of()))
                .build();
        assertThat(errors(statutoryWithGrantor)).containsExactly("authority.grantingBody：权力来源为法定本级的，不填写下放或委托机关");
    }

    @Test
    void jointBodiesAreKnownDepartmentsOtherThanTheHandlingOne() {
        Matter m = land().toBuilder()
                .authority(new MatterAuthority(
                        null,
                        null,
                        PowerSource.STATUTORY,
                        null,
                        List.of("370100-ZJJ", "370100-ZJJ", "370100-ZRZY", "370100-NOPE")))
                .build();
        assertThat(errors(m))
                .containsExactly(
                        "authority.jointDepartments[1]：联办机构「370100-ZJJ」重复",
                        "authority.jointDepartments[2]：承办机构「370100-ZRZY」不必再列为联办机构",
                        "authority.jointDepartments[3]：部门「370100-NOPE」不存在");
    }

    @Test
    void aStatutoryIntermediaryServiceNamesItsLegalBasis() {
        Matter m = land().toBuilder()
                .intermediaries(List.of(
                        new IntermediaryService("施工图设计文件审查", null, true),
                        new IntermediaryService("环境影响评价报告表编制", null, false)))
                .build();
        assertThat(errors(m)).containsExactly("intermediaries[0].legalBasis：法定中介服务须填写设定依据");
    }

    @Test
    void consultationNeedsAPhoneAndComplaintsAPhoneOrAnotherWay() {
        Matter m = land().toBuilder()
                .consultation(new ContactChannel(null, "政务服务中心一楼咨询台"))
                .complaint(ContactChannel.NONE)
                .build();
        assertThat(errors(m)).containsExactly("consultation.phone：不能为空", "complaint：请填写投诉电话或其他投诉渠道");
        assertThat(errors(land().toBuilder()
                        .complaint(new ContactChannel("12345", null))
                        .build()))
                .isEmpty();
    }

    @Test
    void stepLimitsInThePromisedUnitAddUpToNoMoreThanThePromiseMadeToTheApplicant() {
        Matter within = land().toBuilder()
                .steps(List.of(
                        new Step("受理", null, Limit.workingDays(1)),
                        new Step("审查", null, Limit.workingDays(7)),
                        new Step("决定", null, Limit.workingDays(2))))
                .build();
        assertThat(errors(within)).isEmpty();

        Matter beyond = land().toBuilder()
                .steps(List.of(
                        new Step("受理", null, Limit.workingDays(5)),
                        new Step("审查", null),
                        new Step("决定", null, Limit.workingDays(6))))
                .build();
        assertThat(errors(beyond)).containsExactly("steps：各环节时限合计11 个工作日（受理、决定），超过承诺时限（10 个工作日）");

        Matter mixedUnits = land().toBuilder()
                .steps(List.of(new Step("受理", null, Limit.workingDays(5)), new Step("公示", null, Limit.naturalDays(7))))
                .build();
        assertThat(errors(mixedUnits))
                .as("days of different kinds cannot be added up")
                .isEmpty();
    }

    @Test
    void theNationalCodeAgreesWithTheHandlingDepartmentsCreditCodeWhenItIsTheBody_GBT39554() {
        Matter m = land().toBuilder()
                .nationalCodes(new NationalCodes("000123004000", CITY_GOVERNMENT + "3000123004000"))
                .build();
        assertThat(errors(m))
                .containsExactly("nationalCodes.implementationCode：国家实施编码中的统一社会信用代码「" + CITY_GOVERNMENT
                        + "」与实施主体的统一社会信用代码「914403001922038216」不一致");
        Matter levelWrong = land().toBuilder()
                .nationalCodes(new NationalCodes(null, "914403001922038216" + "4000123004000"))
                .build();
        assertThat(errors(levelWrong)).singleElement().asString().contains("与实施区划的层级（市级）不符");
    }
}
