package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueValidationException;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.security.AccessDeniedException;

/** Failures reach the clerk as the service's Chinese words, or as a generic sentence: never as a stack trace. */
class FeedbackTest extends ConsoleTestSupport {
    private final Div view = new Div();

    @Test
    void aDenialNamesWhatWasMissing() {
        assertThat(CatalogueFeedback.message(view, new AccessDeniedException("catalogue:publish", "370102")))
                .isEqualTo("无权执行此操作（catalogue:publish @ 370102）");
    }

    @Test
    void aRefusedStepIsShownAsTheServiceWordsIt() {
        assertThat(CatalogueFeedback.message(view, new CatalogueException("当前状态为“草稿”，不能审核发布")))
                .isEqualTo("当前状态为“草稿”，不能审核发布");
    }

    @Test
    void invalidInputPointsToTheListAndHandsTheErrorsOver() {
        CatalogueValidationException invalid = new CatalogueValidationException(
                List.of(new ValidationError("name", "不能为空"), new ValidationError("materials[0].name", "不能为空")));

        assertThat(CatalogueFeedback.message(view, invalid)).isEqualTo("!{catalogue.console.error.invalid}!");
        assertThat(CatalogueFeedback.failure(view, invalid)).hasSize(2);
    }

    @Test
    void anythingElseGetsTheGenericSentenceWithoutItsTechnicalMessage() {
        String shown =
                CatalogueFeedback.message(view, new IllegalStateException("java.sql.SQLException: connection refused"));

        assertThat(shown).isEqualTo("!{catalogue.console.error.unexpected}!").doesNotContain("SQLException");
        assertThat(CatalogueFeedback.failure(view, new NullPointerException())).isEmpty();
    }
}
