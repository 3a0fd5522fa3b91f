package org.tongban.keyprojects;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The owner enterprise's view of its key projects, for the portal. No staff permission: the caller has authenticated the
 * public account and passes its id, never input; the projects are those whose owner credit code is the account's.
 */
@ProviderType
public interface OwnerProjects {

    /** The account's key projects with their stages, oldest first; empty for a person or an unknown account. */
    List<ProjectView> projects(long accountId);
}
