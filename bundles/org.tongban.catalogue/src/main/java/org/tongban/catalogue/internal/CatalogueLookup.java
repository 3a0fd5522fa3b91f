package org.tongban.catalogue.internal;

import java.util.Optional;
import java.util.Set;
import org.tongban.catalogue.Attachment;

/** What the rules need to know about the world outside the item being checked. */
interface CatalogueLookup {

    boolean jurisdictionExists(String code);

    boolean departmentExists(String code);

    /** The material names of a matter, empty when there is no such matter. */
    Optional<Set<String>> materialNames(String matterCode);

    /** Why an attachment is not acceptable, or {@code null} when it is. */
    String attachmentProblem(Attachment attachment);
}
