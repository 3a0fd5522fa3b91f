package org.tongban.keyprojects.internal;

import java.time.Clock;
import java.util.Map;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.IntakeQueries;
import org.tongban.keyprojects.KeyProjects;
import org.tongban.keyprojects.OwnerProjects;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.security.StaffDirectory;
import org.tongban.platform.notify.Notification;
import org.tongban.platform.notify.Notifications;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.scheduler.Timers;
import org.tongban.worktime.CalendarService;

/**
 * Key projects in {@code kp_*}; the handler of the stages' timers. Intake is reached through its public query services
 * only, accounts through {@link PublicAccounts}, warnings go through the notification outbox.
 */
@Component(
        service = {KeyProjects.class, OwnerProjects.class, TimerHandler.class, JdbcKeyProjects.class},
        property = TimerHandler.NAME + "=" + KeyProjectService.TIMER,
        configurationPid = KeyProjectsConfig.PID)
@Designate(ocd = KeyProjectsConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/keyprojects-changelog.xml")
public final class JdbcKeyProjects extends KeyProjectService implements TimerHandler {

    @Activate
    public JdbcKeyProjects(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference DomainEvents events,
            @Reference Jurisdictions jurisdictions,
            @Reference StaffDirectory staff,
            @Reference Timers timers,
            @Reference Notifications notifications,
            @Reference MatterCatalogue catalogue,
            @Reference CalendarService calendars,
            @Reference IntakeQueries intakeQueries,
            @Reference CitizenCases citizenCases,
            @Reference PublicAccounts accounts,
            KeyProjectsConfig config) {
        super(context(
                database,
                accessControl,
                auditLog,
                events,
                jurisdictions,
                staff,
                timers,
                notifications,
                catalogue,
                calendars,
                config));
        ctx.cases = new IntakeCases(intakeQueries, citizenCases);
        ctx.accounts = new PublicOwnerAccounts(accounts);
    }

    JdbcKeyProjects(KpContext ctx) {
        super(ctx);
    }

    private static KpContext context(
            Database database,
            AccessControl access,
            AuditLog audit,
            DomainEvents events,
            Jurisdictions jurisdictions,
            StaffDirectory staff,
            Timers timers,
            Notifications notifications,
            MatterCatalogue catalogue,
            CalendarService calendars,
            KeyProjectsConfig config) {
        WorkingDays days = (j, d) -> calendars.calendar(j).isWorkingDay(d);
        Notifier notifier =
                (recipient, j, template, args) -> notifications.send(Notification.inApp(recipient, j, template, args));
        return new KpContext(
                database.transactions(),
                access,
                audit,
                events,
                jurisdictions,
                staff,
                timers,
                notifier,
                KpContext.MatterNames.of(catalogue),
                new StageRules(config.warningWorkingDays(), days),
                Clock.systemUTC());
    }

    @Override
    public void fire(String id, Map<String, String> payload) throws Exception {
        fire(id);
    }

    /** The public accounts of enterprises by credit code. */
    private record PublicOwnerAccounts(PublicAccounts accounts) implements OwnerAccounts {
        @Override
        public java.util.Optional<Long> accountOf(String creditCode) {
            return accounts.byIdentifier(creditCode)
                    .filter(a -> a.kind() == ApplicantKind.ORGANISATION)
                    .map(PublicAccount::id);
        }

        @Override
        public java.util.Optional<String> creditCodeOf(long accountId) {
            return accounts.find(accountId)
                    .filter(a -> a.kind() == ApplicantKind.ORGANISATION)
                    .flatMap(a -> accounts.identifier(accountId));
        }
    }
}
