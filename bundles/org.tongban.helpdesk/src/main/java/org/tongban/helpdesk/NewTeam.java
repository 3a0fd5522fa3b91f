package org.tongban.helpdesk;

/** A team as an administrator sets it up; {@link Team} has the meaning of each field. */
public record NewTeam(
        String code, String name, TeamLevel level, String domain, String jurisdictionCode, String leader) {}
