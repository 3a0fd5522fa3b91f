package org.tongban.intake;

/**
 * Someone applying for the applicant (代理人), always a natural person, with the written authorisation (授权委托书) the
 * window checked.
 *
 * @param name the agent's name
 * @param idNumber the agent's identity number (GB 11643)
 * @param authorisation the reference of the written authorisation, for example its number or the scan's name
 */
public record Agent(String name, String idNumber, String authorisation) {

    /** The same agent as it may be shown without {@link IntakePermissions#PII}. */
    public Agent masked() {
        return new Agent(Masking.personName(name), Masking.identifier(idNumber), authorisation);
    }
}
