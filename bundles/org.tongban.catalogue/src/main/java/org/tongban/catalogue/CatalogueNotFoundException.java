package org.tongban.catalogue;

/** Thrown when a code or id names nothing in the catalogue (or nothing the caller may see); the message names it. */
public class CatalogueNotFoundException extends CatalogueException {
    private static final long serialVersionUID = 1L;

    public CatalogueNotFoundException(String message) {
        super(message);
    }
}
