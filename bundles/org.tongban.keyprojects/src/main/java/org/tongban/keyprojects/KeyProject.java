package org.tongban.keyprojects;

import java.time.Instant;

/**
 * A key project as stored.
 *
 * @param id its id
 * @param code the project code (项目代码)
 * @param name its name
 * @param ownerCreditCode the owner enterprise's unified social credit code (public, shown whole)
 * @param ownerName the owner enterprise's name
 * @param manager the named manager's username
 * @param jurisdictionCode its jurisdiction
 * @param createdAt when it was created
 * @param version the version an edit must name
 */
public record KeyProject(
        long id,
        String code,
        String name,
        String ownerCreditCode,
        String ownerName,
        String manager,
        String jurisdictionCode,
        Instant createdAt,
        long version) {}
