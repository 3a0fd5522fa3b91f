package org.tongban.helpdesk.ui.internal;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tongban.helpdesk.HelpChannel;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpStates;
import org.tongban.helpdesk.Power;
import org.tongban.helpdesk.RequesterKind;
import org.tongban.helpdesk.TeamLevel;
import org.tongban.helpdesk.Urgency;
import org.tongban.testing.MessageFiles;

/** Every text the views ask for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(helpdesk\\.ui\\.[a-zA-Z.]+)\"");
    private final MessageFiles messages = MessageFiles.of("i18n/helpdesk-ui");

    @Test
    void everyKeyUsedInTheSourcesIsDefined() {
        messages.assertDefined(MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true).stream()
                .filter(key -> !key.endsWith("."))
                .collect(Collectors.toSet()));
    }

    @Test
    void everyKindChannelUrgencyLevelPowerStateStepAndDomainHasAName() {
        Stream.of(
                        HelpKind.values(),
                        HelpChannel.values(),
                        Urgency.values(),
                        RequesterKind.values(),
                        TeamLevel.values(),
                        Power.values())
                .flatMap(Stream::of)
                .forEach(e -> messages.assertDefined(
                        Set.of("helpdesk.ui." + e.getDeclaringClass().getSimpleName() + "." + e.name())));
        Stream.concat(
                        Stream.of(QueueView.OPEN, QueueView.MINE),
                        Stream.of(
                                HelpStates.NEW,
                                HelpStates.ASSIGNED,
                                HelpStates.HANDLING,
                                HelpStates.SUSPENDED,
                                HelpStates.COMPLETED,
                                HelpStates.TERMINATED))
                .forEach(s -> messages.assertDefined(Set.of("helpdesk.ui.state." + s)));
        for (String action : Set.of(
                "register",
                "apply",
                "assign",
                "reassign",
                "take",
                "handOver",
                "suspend",
                "resume",
                "complete",
                "terminate",
                "cancel",
                "note",
                "authorise",
                "revokeAuthorisation",
                "fileCase")) {
            messages.assertDefined(Set.of("helpdesk.ui.action." + action));
        }
        for (String action : Set.of("suspend", "complete", "terminate", "cancel", "note")) {
            messages.assertDefined(Set.of("helpdesk.ui.reason." + action));
        }
        NewRequestView.DOMAINS.forEach(d -> messages.assertDefined(Set.of("helpdesk.ui.domain." + d)));
        for (String field : Set.of(
                "requester",
                "kind",
                "channel",
                "matters",
                "project",
                "description",
                "area",
                "team",
                "owner",
                "times")) {
            messages.assertDefined(Set.of("helpdesk.ui.field." + field));
        }
        // intake's states, as the request page shows the cases filed as agent
        for (String state : Set.of(
                "FORWARDED",
                "RECEIVED",
                "SUPPLEMENT",
                "ACCEPTED",
                "REVIEW",
                "SUSPENDED",
                "APPROVED",
                "DENIED",
                "COMPLETED",
                "DELIVERED",
                "REJECTED",
                "WITHDRAWN",
                "TERMINATED",
                "REVOKED")) {
            messages.assertDefined(Set.of("helpdesk.ui.intakeState." + state));
        }
        messages.assertKeysStartWith("helpdesk.ui.");
        messages.assertComplete();
    }
}
