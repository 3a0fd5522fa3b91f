package org.tongban.hall.internal;

import java.util.Optional;

/** The published name of a catalogue matter; empty when the code is not a published matter. */
@FunctionalInterface
interface MatterNames {
    Optional<String> publishedName(String code);
}
