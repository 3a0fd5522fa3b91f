package org.tongban.platform.workflow;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Readable case numbers: series, jurisdiction, date and a sequence per series, jurisdiction and day, for example
 * {@code SL370102202612060001}. Gap-free within a day (a number is taken in the caller's transaction and returns with
 * it if that rolls back) and unique across nodes.
 */
@ProviderType
public interface CaseNumbers {

    /**
     * @param series two to four capital letters, for example {@code SL} (受理) or {@code GD} (工单)
     * @param jurisdictionCode the case's jurisdiction
     */
    String next(String series, String jurisdictionCode);
}
