package org.tongban.platform.accounts;

import org.tongban.platform.api.identity.ApplicantKind;

/**
 * What a citizen or an enterprise gives to register.
 *
 * @param kind person or organisation
 * @param name the real name of the person, or the registered name of the organisation
 * @param identifier identity number (GB 11643) of a person, unified social credit code (GB 32100) of an organisation;
 *     it is also the login name
 * @param contactName the organisation's contact person (ignored for a person)
 * @param mobile the mobile number reset codes go to
 * @param password the chosen password
 */
public record Registration(
        ApplicantKind kind, String name, String identifier, String contactName, String mobile, char[] password) {}
