package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ui.UiTestSupport;

class ReasonDialogTest extends UiTestSupport {
    private final List<String> confirmed = new ArrayList<>();

    @Test
    void refusesToConfirmWithoutAReasonAndSaysSoInChinese() {
        ReasonDialog dialog = new ReasonDialog("撤回公告？", "撤回后公众不再可见。", "撤回", confirmed::add);
        dialog.open();
        dialog.reasonField().setValue("   ");

        assertThat(dialog.confirm()).isFalse();
        assertThat(dialog.reasonField().isInvalid()).isTrue();
        assertThat(dialog.reasonField().getErrorMessage()).isEqualTo("请填写原因");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(confirmed).isEmpty();
    }

    @Test
    void confirmsWithTheTrimmedReasonAndCloses() {
        ReasonDialog dialog = new ReasonDialog("撤回公告？", null, "撤回", confirmed::add).destructive();
        dialog.open();
        dialog.reasonField().setValue(" 内容有误 ");

        dialog.confirmButton().click();

        assertThat(confirmed).containsExactly("内容有误");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void isNamedAndKeyboardReady() {
        ReasonDialog dialog = new ReasonDialog("延长时限？", null, "延长", confirmed::add);

        assertThat(dialog.getHeaderTitle()).isEqualTo("延长时限？");
        assertThat(dialog.reasonField().getLabel()).isEqualTo("原因");
        assertThat(dialog.reasonField().isRequiredIndicatorVisible()).isTrue();
        assertThat(dialog.reasonField().isAutofocus()).isTrue();
        assertThat(dialog.reasonField().getMaxLength()).isEqualTo(ReasonDialog.MAX_LENGTH);
        assertThat(dialog.isCloseOnEsc()).isTrue();
        assertThat(dialog.cancelButton().getText()).isEqualTo("取消");
        assertThat(dialog.getMaxWidth()).contains("100vw");
    }

    @Test
    void aNewReasonClearsTheError() {
        ReasonDialog dialog = new ReasonDialog("撤回公告？", null, "撤回", confirmed::add);
        dialog.confirm();
        dialog.reasonField().setValue("重复发布");

        assertThat(dialog.reasonField().isInvalid()).isFalse();
    }
}
