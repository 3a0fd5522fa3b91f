package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueValidationException;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.ui.Feedback;

/**
 * How the catalogue console words a failure: a denial or a refused step as the service words it, invalid input as a
 * count that points to the list of located errors, anything else as one generic sentence.
 */
final class CatalogueFeedback {
    static final Feedback FEEDBACK = Feedback.standard()
            .showing(CatalogueException.class)
            .describing(
                    CatalogueValidationException.class,
                    (view, invalid) -> view.getTranslation(
                            "catalogue.console.error.invalid",
                            String.valueOf(invalid.errors().size())))
            .unexpected("catalogue.console.error.unexpected");

    private CatalogueFeedback() {}

    /** Shows why an action failed and returns the located errors, if the failure listed any. */
    static List<ValidationError> failure(Component view, RuntimeException failure) {
        FEEDBACK.failure(view, failure);
        return failure instanceof CatalogueValidationException invalid ? invalid.errors() : List.of();
    }

    /** The text shown for a failure. */
    static String message(Component view, RuntimeException failure) {
        return FEEDBACK.message(view, failure);
    }
}
