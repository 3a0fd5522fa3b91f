package org.tongban.catalogue.ui.console;

import java.util.EnumSet;
import java.util.Set;
import org.tongban.catalogue.GuideStatus;

/**
 * Which workflow buttons the editor offers: those the clerk's permissions and the guide's status allow. The service
 * checks both again; this only avoids offering what would be refused.
 */
final class WorkflowActions {

    /** The workflow steps, each with its button id (stable for browser tests) and message key. */
    enum Action {
        SAVE("catalogue-save", "catalogue.console.action.save"),
        SUBMIT("catalogue-submit", "catalogue.console.action.submit"),
        PUBLISH("catalogue-publish", "catalogue.console.action.publish"),
        RECALL("catalogue-recall", "catalogue.console.action.recall"),
        SEND_BACK("catalogue-send-back", "catalogue.console.action.sendBack"),
        WITHDRAW("catalogue-withdraw", "catalogue.console.action.withdraw");

        private final String id;
        private final String messageKey;

        Action(String id, String messageKey) {
            this.id = id;
            this.messageKey = messageKey;
        }

        String id() {
            return id;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private WorkflowActions() {}

    /**
     * The actions available.
     *
     * @param newest status of the newest version, {@code null} for a matter not saved yet
     * @param published whether some version is published (a new draft can sit above it)
     * @param mayEdit whether the clerk holds catalogue:edit for the matter's jurisdiction
     * @param mayPublish whether the clerk holds catalogue:publish for it
     * @param submittedByClerk whether the clerk submitted the version under review
     */
    static Set<Action> available(
            GuideStatus newest, boolean published, boolean mayEdit, boolean mayPublish, boolean submittedByClerk) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        if (mayEdit) {
            // Over a published or withdrawn guide saving starts a new draft; what is under review stays as submitted.
            if (newest != GuideStatus.REVIEW) {
                actions.add(Action.SAVE);
            }
            if (newest == GuideStatus.DRAFT) {
                actions.add(Action.SUBMIT);
            }
            if (newest == GuideStatus.REVIEW && submittedByClerk) {
                actions.add(Action.RECALL);
            }
        }
        if (mayPublish && newest == GuideStatus.REVIEW) {
            actions.add(Action.PUBLISH);
            actions.add(Action.SEND_BACK);
        }
        if (mayPublish && (published || newest == GuideStatus.PUBLISHED)) {
            actions.add(Action.WITHDRAW);
        }
        return actions;
    }
}
