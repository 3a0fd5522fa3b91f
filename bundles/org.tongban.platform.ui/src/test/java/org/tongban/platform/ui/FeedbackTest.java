package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.ui.UiTestSupport;

/** Failures reach the user as the service's Chinese words, or as one generic sentence: never as a stack trace. */
class FeedbackTest extends UiTestSupport {
    private final Div view = new Div();

    static final class QueryRefused extends RuntimeException {
        QueryRefused(String message) {
            super(message);
        }
    }

    static final class Invalid extends QueryRefusedParent {
        Invalid() {
            super("3 errors");
        }
    }

    static class QueryRefusedParent extends RuntimeException {
        QueryRefusedParent(String message) {
            super(message);
        }
    }

    @Test
    void denialsAndRefusedInputAreShownAsWorded() {
        assertThat(Feedback.standard().message(view, new AccessDeniedException("notice:edit", "370102")))
                .isEqualTo("无权执行此操作（notice:edit @ 370102）");
        assertThat(Feedback.standard().message(view, new IllegalArgumentException("标题不能为空")))
                .isEqualTo("标题不能为空");
    }

    /** A service's refusal with a message key. */
    static final class EmptyTitle extends IllegalArgumentException implements Localized {
        EmptyTitle() {
            super("标题不能为空");
        }

        @Override
        public LocalizedMessage localizedMessage() {
            return LocalizedMessage.of(FeedbackTest.class, "i18n/feedback-test", "title.empty");
        }
    }

    @Test
    void aRefusalWithAMessageKeyIsShownInTheLanguageOfTheUi() {
        assertThat(Feedback.standard().message(view, new EmptyTitle())).isEqualTo("标题不能为空");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(Feedback.standard().message(view, new EmptyTitle())).isEqualTo("The title must not be empty");
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        assertThat(Feedback.standard().message(view, new EmptyTitle())).isEqualTo("標題不能為空");
    }

    @Test
    void anythingElseGetsTheKitsSentenceWithoutItsTechnicalMessage() {
        String shown = Feedback.standard().message(view, new IllegalStateException("java.sql.SQLException: refused"));

        assertThat(shown).startsWith("操作未能完成").doesNotContain("SQLException");
        assertThat(Feedback.standard().message(view, new NullPointerException()))
                .startsWith("操作未能完成");
    }

    @Test
    void aBundleNamesItsOwnSpeakingExceptionsAndItsOwnSentence() {
        Feedback feedback = Feedback.standard().showing(QueryRefused.class).unexpected("search.error.unexpected");

        assertThat(feedback.message(view, new QueryRefused("查询过长"))).isEqualTo("查询过长");
        // no I18N provider in a bare UI: Vaadin shows the key
        assertThat(feedback.message(view, new IllegalStateException("x"))).contains("search.error.unexpected");
        assertThat(Feedback.standard().message(view, new QueryRefused("查询过长"))).startsWith("操作未能完成");
    }

    @Test
    void describedTypesComeBeforeShownOnes() {
        Feedback feedback =
                Feedback.standard().showing(QueryRefusedParent.class).describing(Invalid.class, (v, e) -> "有 3 处错误");

        assertThat(feedback.message(view, new Invalid())).isEqualTo("有 3 处错误");
        assertThat(feedback.message(view, new QueryRefusedParent("不行"))).isEqualTo("不行");
    }

    @Test
    void aBundleMayTrustOnlyDenials() {
        Feedback feedback = Feedback.denials().showing(QueryRefused.class);

        assertThat(feedback.message(view, new IllegalArgumentException("java.io.IOException: disk full")))
                .startsWith("操作未能完成");
        assertThat(feedback.message(view, new AccessDeniedException("search:admin", "370100")))
                .contains("search:admin");
        assertThat(feedback.message(view, new QueryRefused("查询过长"))).isEqualTo("查询过长");
    }

    @Test
    void notificationsOpenWithoutFailing() {
        Feedback.success("已保存");
        Feedback.error("保存失败");
        Feedback.fail(view, new IllegalArgumentException("不能为空"));
    }

    @Test
    void theSentenceFollowsTheLocale() {
        ui.setLocale(java.util.Locale.ENGLISH);
        ui.add(view);

        assertThat(Feedback.standard().message(view, new IllegalStateException()))
                .startsWith("The action could not");
    }
}
