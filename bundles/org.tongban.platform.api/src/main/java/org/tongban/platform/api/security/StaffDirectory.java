package org.tongban.platform.api.security;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who works where: the clerks whose roles hold a permission at a jurisdiction, for the pickers that hand work to one of
 * them (分派 to a reviewer of the processing department) and for the service that checks the choice. It names people
 * only, never their roles, locks or passwords. It answers signed-in users; the feature that offers the choice checks
 * its own permission first, as it does before handing the work over.
 */
@ProviderType
public interface StaffDirectory {

    /**
     * The enabled accounts that hold {@code permission} at the jurisdiction: their home is the jurisdiction or one above
     * it, and one of their roles grants the permission or a wildcard covering it; by display name. Empty for an unknown
     * jurisdiction.
     *
     * @throws AccessDeniedException when nobody is signed in
     * @throws IllegalArgumentException when the permission is not {@code domain:action}
     */
    List<StaffMember> holding(String permission, String jurisdictionCode);

    /** Whether this enabled account holds {@code permission} at the jurisdiction, as {@link #holding} would list it. */
    boolean holds(String username, String permission, String jurisdictionCode);
}
