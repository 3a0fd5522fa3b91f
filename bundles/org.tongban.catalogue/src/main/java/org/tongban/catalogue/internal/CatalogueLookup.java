package org.tongban.catalogue.internal;

import java.util.Optional;
import java.util.Set;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.Department;
import org.tongban.platform.api.security.Jurisdiction;

/** What the rules need to know about the world outside the item being checked. */
interface CatalogueLookup {

    boolean jurisdictionExists(String code);

    /** A department, from the document being imported first, then from what is stored. */
    Optional<Department> department(String code);

    default boolean departmentExists(String code) {
        return department(code).isPresent();
    }

    /** The level of a jurisdiction in the tree, empty when the tree does not know the code. */
    Optional<Jurisdiction.Level> jurisdictionLevel(String code);

    /** The material names of a matter, empty when there is no such matter. */
    Optional<Set<String>> materialNames(String matterCode);

    /** Why an attachment is not acceptable, or {@code null} when it is. */
    String attachmentProblem(Attachment attachment);
}
