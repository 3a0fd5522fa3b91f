package org.tongban.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The Chinese labels of the exchange format map to the enums and back. */
class LabelsTest {

    @Test
    void everyLabelMapsBackToItsConstant() {
        for (MatterType type : MatterType.values()) {
            assertThat(MatterType.fromLabel(type.label())).isEqualTo(type);
        }
        assertThat(ServedAudience.fromLabel("法人")).isEqualTo(ServedAudience.LEGAL_PERSON);
        assertThat(OnlineDepth.fromLabel("网上预审")).isEqualTo(OnlineDepth.ONLINE_PREVIEW);
        assertThat(CrossRegionScope.fromLabel("跨省通办")).isEqualTo(CrossRegionScope.CROSS_PROVINCE);
        assertThat(DeliveryMethod.fromLabel("电子证照")).isEqualTo(DeliveryMethod.E_CERTIFICATE);
        assertThat(SpecialStepKind.fromLabel("专家评审")).isEqualTo(SpecialStepKind.EXPERT_REVIEW);
        assertThat(GuideStatus.fromLabel("待审核")).isEqualTo(GuideStatus.REVIEW);
    }

    @Test
    void anUnknownLabelNamesTheValidOnes() {
        assertThatThrownBy(() -> DeliveryMethod.fromLabel("快递"))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("「快递」不是有效的送达方式，可选：窗口领取、邮寄送达、电子证照");
        assertThatThrownBy(() -> OnlineDepth.fromLabel(" ")).hasMessage("网办深度不能为空，可选：全程网办、网上预审、线下办理");
    }
}
