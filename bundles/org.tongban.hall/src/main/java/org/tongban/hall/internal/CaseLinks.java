package org.tongban.hall.internal;

import java.util.Optional;

/** Intake's cases, as far as a finished visit links one: the case number when the current clerk may read it. */
@FunctionalInterface
interface CaseLinks {
    Optional<String> readableCase(String number);
}
