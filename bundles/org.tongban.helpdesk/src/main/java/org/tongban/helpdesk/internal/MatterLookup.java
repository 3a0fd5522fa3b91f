package org.tongban.helpdesk.internal;

import java.util.Optional;

/** The published matters of the catalogue, as the help desk needs them. */
@FunctionalInterface
interface MatterLookup {
    Optional<String> name(String code);
}
