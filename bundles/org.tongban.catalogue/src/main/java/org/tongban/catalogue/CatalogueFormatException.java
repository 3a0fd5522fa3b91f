package org.tongban.catalogue;

import java.util.List;

/**
 * Thrown by a {@link CatalogueCodec} when a file cannot be read as a catalogue document: malformed content, unknown
 * keys or columns, values of the wrong kind. Lists every problem found, each located in the file.
 */
public class CatalogueFormatException extends CatalogueValidationException {
    private static final long serialVersionUID = 1L;

    public CatalogueFormatException(List<ValidationError> errors) {
        super(errors);
    }
}
