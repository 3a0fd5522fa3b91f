package org.tongban.catalogue;

/**
 * Thrown when a request to the catalogue cannot be carried out because of its input or the current state (an empty
 * name, a guide that is not under review ...). The message is in Chinese and fit to show to the user; nothing was
 * changed.
 */
public class CatalogueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CatalogueException(String message) {
        super(message);
    }
}
