package org.tongban.platform.api.security;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Read access to the jurisdiction tree. */
@ProviderType
public interface Jurisdictions {

    Optional<Jurisdiction> find(String code);

    /** Direct children, ordered by code. */
    List<Jurisdiction> children(String code);

    /** The chain from the root down to {@code code} (inclusive); empty when the code is unknown. */
    List<Jurisdiction> ancestry(String code);

    /** Whether {@code descendant} is {@code ancestor} or lies in its subtree. */
    boolean contains(String ancestor, String descendant);
}
