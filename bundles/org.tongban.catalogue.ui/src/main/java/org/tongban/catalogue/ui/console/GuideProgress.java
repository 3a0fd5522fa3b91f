package org.tongban.catalogue.ui.console;

import java.util.List;
import java.util.Optional;
import org.tongban.catalogue.GuideAction;
import org.tongban.catalogue.GuideEvent;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideVersion;

/**
 * Where a guide stands in its review, as its history tells it: whether the newest draft was sent back (and why), who
 * submitted the version under review, and which version the portal shows.
 *
 * @param returned the send-back the newest draft answers, while it is not resubmitted; empty otherwise
 * @param submitter who submitted the version under review, {@code null} when none is
 * @param publishedVersion the published version's number, {@code null} when nothing is published
 */
record GuideProgress(Optional<GuideEvent> returned, String submitter, Integer publishedVersion) {

    static final GuideProgress NONE = new GuideProgress(Optional.empty(), null, null);

    /**
     * Reads the history of a guide whose newest version is {@code newest}.
     *
     * @param versions every version, oldest first
     * @param events everything that happened, oldest first
     */
    static GuideProgress of(GuideVersion newest, List<GuideVersion> versions, List<GuideEvent> events) {
        Integer published = versions.stream()
                .filter(v -> v.status() == GuideStatus.PUBLISHED)
                .map(GuideVersion::version)
                .findFirst()
                .orElse(null);
        return new GuideProgress(returned(newest.status(), events), submitter(newest, events), published);
    }

    /**
     * The send-back a draft answers: the last step other than a save. Saving corrections makes new versions, and the
     * publisher's reason stays what the author works on until the guide is submitted again (or recalled, or replaced).
     */
    static Optional<GuideEvent> returned(GuideStatus newest, List<GuideEvent> events) {
        if (newest != GuideStatus.DRAFT) {
            return Optional.empty();
        }
        for (GuideEvent event : events.reversed()) {
            if (event.action() != GuideAction.SAVED) {
                return event.action() == GuideAction.SENT_BACK ? Optional.of(event) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String submitter(GuideVersion newest, List<GuideEvent> events) {
        if (newest.status() != GuideStatus.REVIEW) {
            return null;
        }
        String who = null;
        for (GuideEvent event : events) {
            if (event.version() == newest.version() && event.action() == GuideAction.SUBMITTED) {
                who = event.actor();
            }
        }
        return who;
    }

    /** Whether this clerk submitted the version under review, and so may recall it. */
    boolean submittedBy(String username) {
        return submitter != null && submitter.equals(username);
    }
}
