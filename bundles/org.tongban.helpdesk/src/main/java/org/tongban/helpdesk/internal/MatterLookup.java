package org.tongban.helpdesk.internal;

import java.util.List;
import java.util.Optional;

/** The published matters of the catalogue, as the help desk needs them. */
@FunctionalInterface
interface MatterLookup {
    Optional<MatterInfo> find(String code);

    /**
     * @param inPersonOnly the catalogue's 须本人到场，不得代办
     * @param visitReason what the person must come for, or null
     */
    record MatterInfo(String name, boolean inPersonOnly, String visitReason, List<Item> materials) {
        MatterInfo(String name, boolean inPersonOnly, String visitReason) {
            this(name, inPersonOnly, visitReason, List.of());
        }
    }

    /** A material of the guide and whether it is required. */
    record Item(String name, boolean required) {}
}
