package org.tongban.helpdesk;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A written authorisation (委托书, 民法典 第一百六十五条: 委托代理授权采用书面形式的，授权委托书应当载明代理人的姓名或者名称、代理事项、
 * 权限和期限，并由被代理人签名或者盖章) signed by the request's requester, the principal.
 *
 * @param agentUsername the helper who acts, a staff account
 * @param agentName the helper's name as written in it
 * @param agentIdNumber the helper's identity number (GB 11643)
 * @param matterCodes the matters it covers, published in the catalogue
 * @param powers what the agent may do
 * @param validFrom the first day it is valid
 * @param validTo the last day it is valid
 */
public record NewAuthorisation(
        String agentUsername,
        String agentName,
        String agentIdNumber,
        List<String> matterCodes,
        Set<Power> powers,
        LocalDate validFrom,
        LocalDate validTo) {
    public NewAuthorisation {
        matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
        powers = powers == null ? Set.of() : Set.copyOf(powers);
    }
}
