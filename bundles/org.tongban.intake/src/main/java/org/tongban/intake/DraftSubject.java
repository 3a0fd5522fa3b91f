package org.tongban.intake;

/**
 * What an application in progress is for: one per account and subject.
 *
 * @param kind a matter, a life event, or the 补正 of a case
 * @param code the matter's code, the life event's code, or the case number
 */
public record DraftSubject(Kind kind, String code) {

    /** What kind of subject. */
    public enum Kind {
        /** One matter: {@link OnlineApplications#submit}. */
        MATTER,
        /** A life event (一件事): {@link OnlineApplications#submitLifeEvent}. */
        LIFE_EVENT,
        /** The files answering a case's 补正 notice: {@link OnlineApplications#supplement}. */
        SUPPLEMENT
    }

    /** A matter's application. */
    public static DraftSubject matter(String matterCode) {
        return new DraftSubject(Kind.MATTER, matterCode);
    }

    /** A life event's application. */
    public static DraftSubject lifeEvent(String lifeEventCode) {
        return new DraftSubject(Kind.LIFE_EVENT, lifeEventCode);
    }

    /** The 补正 of a case. */
    public static DraftSubject supplement(String caseNumber) {
        return new DraftSubject(Kind.SUPPLEMENT, caseNumber);
    }
}
