package org.tongban.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a guide or document breaks the catalogue's rules; lists every problem found, each with its location. */
public class CatalogueValidationException extends CatalogueException {
    private static final long serialVersionUID = 1L;

    private final List<ValidationError> errors;

    public CatalogueValidationException(List<ValidationError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    /** Every problem, in document order. */
    public List<ValidationError> errors() {
        return errors;
    }

    private static String summary(List<ValidationError> errors) {
        String shown = errors.stream().limit(20).map(ValidationError::toString).collect(Collectors.joining("；"));
        return "共" + errors.size() + "处错误：" + shown + (errors.size() > 20 ? "……" : "");
    }
}
