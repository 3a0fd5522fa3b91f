package org.tongban.helpdesk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tongban.helpdesk.AgencyFiling;
import org.tongban.helpdesk.Authorisation;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpStates;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.helpdesk.LinkedCase;
import org.tongban.helpdesk.NewAuthorisation;
import org.tongban.helpdesk.Power;
import org.tongban.helpdesk.Requester;
import org.tongban.helpdesk.RequesterKind;
import org.tongban.platform.api.identity.IdentityNumbers;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * Written authorisations (委托书) in {@code hd_authorisation} and the intake cases filed under them in {@code
 * hd_agency_case}. A helper acts for the requester only within one: its matters, powers and period, never on a matter
 * the catalogue reserves to the person in person.
 */
final class Authorisations {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 民法典 leaves the period to the parties; a city may not want open-ended ones. */
    static final int MAX_DAYS = 366;

    private static final String COLUMNS = "a.id, a.number, a.request_id, a.agent_username, a.agent_name,"
            + " a.agent_id_number, a.matter_codes, a.powers, a.valid_from, a.valid_to, a.signed_at, a.fingerprint,"
            + " a.revoked_at, r.requester_kind, r.requester_name, r.requester_id, r.requester_phone";

    private final HelpdeskContext ctx;
    private final Requests requests;
    volatile CaseFiler filer;

    Authorisations(HelpdeskContext ctx, Requests requests) {
        this.ctx = ctx;
        this.requests = requests;
    }

    Authorisation authorise(long requestId, NewAuthorisation a) {
        if (a == null) {
            throw HelpdeskException.of("helpdesk.error.authorisation");
        }
        String agent = Teams.username(a.agentUsername());
        String agentName = Teams.text(a.agentName(), 100, "helpdesk.error.agentName");
        String agentId = IdentityNumbers.normalise(a.agentIdNumber() == null ? "" : a.agentIdNumber());
        if (!IdentityNumbers.isValid(agentId)) {
            throw HelpdeskException.of("helpdesk.error.idNumber");
        }
        if (a.powers().isEmpty()) {
            throw HelpdeskException.of("helpdesk.error.powers");
        }
        if (a.validFrom() == null || a.validTo() == null || a.validTo().isBefore(a.validFrom())) {
            throw HelpdeskException.of("helpdesk.error.period");
        }
        if (a.validFrom().plusDays(MAX_DAYS).isBefore(a.validTo())) {
            throw HelpdeskException.of("helpdesk.error.periodTooLong", MAX_DAYS);
        }
        if (a.validTo().isBefore(today())) {
            throw HelpdeskException.of("helpdesk.error.expired", a.validTo());
        }
        return ctx.tx.required(c -> {
            HelpRequest r = requests.readable(c, requestId, true);
            String user = ctx.user();
            if (!user.equals(r.owner()) || !r.open()) {
                throw HelpdeskException.of("helpdesk.error.notOwner", r.owner() == null ? "" : r.owner());
            }
            if (r.kind() != HelpKind.FULL_AGENCY) {
                throw HelpdeskException.of("helpdesk.error.notFullAgency");
            }
            if (a.matterCodes().isEmpty()) {
                throw HelpdeskException.of("helpdesk.error.subject");
            }
            List<String> matters = new ArrayList<>(new TreeSet<>(a.matterCodes()));
            for (String code : matters) {
                if (!r.matterCodes().contains(code)) {
                    throw HelpdeskException.of("helpdesk.error.matterNotRequested", code);
                }
                inPersonCheck(code);
            }
            String number = ctx.numbers.next("WT", r.jurisdictionCode());
            String powers = new TreeSet<>(a.powers().stream().map(Enum::name).toList())
                    .stream().collect(Collectors.joining(","));
            String fingerprint =
                    fingerprint(number, r.requester(), agentName, agentId, matters, powers, a.validFrom(), a.validTo());
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO hd_authorisation (number, request_id, agent_username, agent_name, agent_id_number,"
                            + " matter_codes, powers, valid_from, valid_to, signed_at, fingerprint)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    number,
                    requestId,
                    agent,
                    agentName,
                    agentId,
                    String.join(",", matters),
                    powers,
                    Date.valueOf(a.validFrom()),
                    Date.valueOf(a.validTo()),
                    ctx.now(),
                    fingerprint);
            String detail = number + "：委托 " + agentName + "（" + agent + "）办理 " + String.join("、", matters) + "，权限 "
                    + powers + "，期限 " + a.validFrom() + " 至 " + a.validTo();
            requests.timeline(c, requestId, "authorise", r.state(), user, detail);
            ctx.audit.record("helpdesk.authorise", "helpdesk/" + requestId, detail + "，指纹 " + fingerprint);
            var lines = HelpForms.requestLines(r);
            lines.put("委托书编号", number);
            lines.put("委托人", r.requester().name() + "（" + r.requester().identifier() + "）");
            lines.put("受托人", agentName + "（" + agentId + "）");
            lines.put("委托事项", String.join("、", matters));
            lines.put("代理权限", POWER_NAMES.apply(powers));
            lines.put("委托期限", a.validFrom() + " 至 " + a.validTo());
            lines.put("内容指纹", fingerprint);
            requests.forms.issue(
                    c,
                    r,
                    "authorise",
                    HelpForms.Form.AUTHORISATION,
                    lines,
                    List.of(
                            "根据《中华人民共和国民法典》第一百六十五条，委托人委托受托人在上述事项、权限和期限内代为办理，" + "受托人不得超越委托范围，须本人到场的事项不在委托之列。",
                            "委托人与受托人已签署本委托书。"));
            return read(c, id);
        });
    }

    private static final java.util.function.Function<String, String> POWER_NAMES =
            powers -> java.util.Arrays.stream(powers.split(","))
                    .map(p -> switch (p) {
                        case "APPLY" -> "申请并提交材料";
                        case "SUPPLY" -> "补正、补充材料";
                        case "COLLECT" -> "领取结果";
                        case "FOLLOW" -> "查询办理进度";
                        default -> p;
                    })
                    .collect(Collectors.joining("、"));

    List<Authorisation> list(long requestId) {
        return ctx.tx.read(c -> {
            requests.readable(c, requestId, false);
            return Jdbc.list(
                    c,
                    "SELECT " + COLUMNS + " FROM hd_authorisation a JOIN hd_request r ON r.id = a.request_id"
                            + " WHERE a.request_id = ? ORDER BY a.id DESC",
                    Authorisations::row,
                    requestId);
        });
    }

    Authorisation revoke(long requestId, String number, String reason) {
        String why = Teams.text(reason, 2000, "helpdesk.error.reasonRequired");
        return ctx.tx.required(c -> {
            HelpRequest r = requests.readable(c, requestId, true);
            String user = ctx.user();
            if (!user.equals(r.owner())) {
                throw HelpdeskException.of("helpdesk.error.notOwner", r.owner() == null ? "" : r.owner());
            }
            Authorisation a = byNumber(c, requestId, number);
            if (a.revokedAt() == null) {
                Jdbc.update(c, "UPDATE hd_authorisation SET revoked_at = ? WHERE id = ?", ctx.now(), a.id());
            }
            requests.timeline(c, requestId, "revokeAuthorisation", r.state(), user, a.number() + "：" + why);
            ctx.audit.record("helpdesk.revokeAuthorisation", "helpdesk/" + requestId, a.number() + "：" + why);
            return read(c, a.id());
        });
    }

    Authorisation check(long requestId, String number, String fingerprint, Power power, String matterCode) {
        return ctx.tx.read(c -> check(c, requestId, number, fingerprint, power, matterCode));
    }

    private Authorisation check(
            Connection c, long requestId, String number, String fingerprint, Power power, String matterCode)
            throws SQLException {
        HelpRequest r = requests.readable(c, requestId, false);
        String user = ctx.user();
        Authorisation a = byNumber(c, requestId, number);
        if (fingerprint == null || !fingerprint.strip().equalsIgnoreCase(a.fingerprint())) {
            refuse(requestId, a.number(), "forged");
            throw HelpdeskException.of("helpdesk.error.forged", a.number());
        }
        if (a.revokedAt() != null) {
            throw HelpdeskException.of("helpdesk.error.revoked", a.number());
        }
        LocalDate today = today();
        if (today.isBefore(a.validFrom()) || today.isAfter(a.validTo())) {
            throw HelpdeskException.of("helpdesk.error.outsidePeriod", a.number(), a.validFrom(), a.validTo());
        }
        if (!user.equals(a.agentUsername())) {
            throw HelpdeskException.of("helpdesk.error.notAgent", a.number(), a.agentName());
        }
        if (!r.open()) {
            throw HelpdeskException.of("helpdesk.error.closed");
        }
        if (matterCode == null || !a.matterCodes().contains(matterCode.strip())) {
            throw HelpdeskException.of("helpdesk.error.matterNotAuthorised", matterCode == null ? "" : matterCode);
        }
        if (power == null || !a.powers().contains(power)) {
            throw HelpdeskException.of("helpdesk.error.powerNotAuthorised", power == null ? "" : power.name());
        }
        inPersonCheck(matterCode.strip());
        return a;
    }

    String file(long requestId, AgencyFiling filing) {
        if (filing == null) {
            throw HelpdeskException.of("helpdesk.error.authorisation");
        }
        CaseFiler intake = filer;
        if (intake == null) {
            throw HelpdeskException.of("helpdesk.error.intakeUnavailable");
        }
        return ctx.tx.required(c -> {
            Authorisation a = check(
                    c, requestId, filing.authorisationNumber(), filing.fingerprint(), Power.APPLY, filing.matterCode());
            HelpRequest r = requests.readable(c, requestId, true);
            if (!HelpStates.HANDLING.equals(r.state())) {
                throw HelpdeskException.of("helpdesk.error.notHandling");
            }
            String number = intake.file(
                    a.principal().kind().name(),
                    a.principal().name(),
                    a.principal().identifier(),
                    a.agentName(),
                    a.agentIdNumber(),
                    a.number(),
                    filing.matterCode().strip(),
                    r.jurisdictionCode(),
                    filing.answers(),
                    filing.materials());
            Jdbc.update(
                    c,
                    "INSERT INTO hd_agency_case (request_id, case_number, authorisation_id, filed_at) VALUES (?, ?, ?, ?)",
                    requestId,
                    number,
                    a.id(),
                    ctx.now());
            String detail = "以代理人身份申请 " + filing.matterCode().strip() + "，受理办件 " + number + "（委托书 " + a.number() + "）";
            requests.timeline(c, requestId, "fileCase", r.state(), ctx.user(), detail);
            ctx.audit.record("helpdesk.fileCase", "helpdesk/" + requestId, detail);
            return number;
        });
    }

    List<String> cases(long requestId) {
        return ctx.tx.read(c -> {
            requests.readable(c, requestId, false);
            return Jdbc.list(
                    c,
                    "SELECT case_number FROM hd_agency_case WHERE request_id = ? ORDER BY filed_at, case_number",
                    row -> row.getString(1),
                    requestId);
        });
    }

    List<LinkedCase> linked(long requestId) {
        List<Object[]> rows = ctx.tx.read(c -> {
            requests.readable(c, requestId, false);
            return Jdbc.list(
                    c,
                    "SELECT case_number, filed_at FROM hd_agency_case WHERE request_id = ? ORDER BY filed_at, case_number",
                    row -> new Object[] {row.getString("case_number"), Jdbc.instant(row, "filed_at")},
                    requestId);
        });
        CaseFiler intake = filer;
        // Intake is asked outside the help desk's transaction: its reads run in their own.
        return rows.stream()
                .map(row -> {
                    String number = (String) row[0];
                    java.time.Instant filedAt = (java.time.Instant) row[1];
                    return (intake == null ? java.util.Optional.<CaseFiler.CaseStatus>empty() : intake.status(number))
                            .map(s -> new LinkedCase(
                                    number, filedAt, true, s.matterName(), s.state(), s.deadline(), s.onTime()))
                            .orElseGet(() -> new LinkedCase(number, filedAt, false, null, null, null, null));
                })
                .toList();
    }

    /** A refused copy is audited on its own, so that the attempt stays on record after the refusal rolls back. */
    private void refuse(long requestId, String number, String why) {
        ctx.audit.recordIndependently("helpdesk.authorisationRefused", "helpdesk/" + requestId, number + "：" + why);
    }

    private void inPersonCheck(String code) {
        MatterLookup.MatterInfo matter =
                ctx.matters.find(code).orElseThrow(() -> HelpdeskException.of("helpdesk.error.matter", code));
        if (matter.inPersonOnly()) {
            throw HelpdeskException.of(
                    "helpdesk.error.inPersonOnly",
                    matter.name(),
                    matter.visitReason() == null ? "须由本人携带身份证件到窗口办理" : matter.visitReason());
        }
    }

    private Authorisation byNumber(Connection c, long requestId, String number) throws SQLException {
        if (number == null || number.isBlank() || number.length() > 40) {
            throw HelpdeskException.of("helpdesk.error.authorisationNotFound", number == null ? "" : number);
        }
        return Jdbc.one(
                        c,
                        "SELECT " + COLUMNS + " FROM hd_authorisation a JOIN hd_request r ON r.id = a.request_id"
                                + " WHERE a.number = ? AND a.request_id = ?",
                        Authorisations::row,
                        number.strip(),
                        requestId)
                .orElseThrow(() -> HelpdeskException.of("helpdesk.error.authorisationNotFound", number.strip()));
    }

    private Authorisation read(Connection c, long id) throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT " + COLUMNS + " FROM hd_authorisation a JOIN hd_request r ON r.id = a.request_id"
                                + " WHERE a.id = ?",
                        Authorisations::row,
                        id)
                .orElseThrow();
    }

    private LocalDate today() {
        return ctx.clock.instant().atZone(BEIJING).toLocalDate();
    }

    /** The SHA-256 of the content as signed: every field the principal signed, in a fixed order. */
    static String fingerprint(
            String number,
            Requester principal,
            String agentName,
            String agentId,
            List<String> matters,
            String powers,
            LocalDate from,
            LocalDate to) {
        String text = String.join(
                "\n",
                number,
                principal.kind().name(),
                principal.name(),
                principal.identifier(),
                agentName,
                agentId,
                String.join(",", matters),
                powers,
                from.toString(),
                to.toString());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Authorisation row(ResultSet r) throws SQLException {
        Set<Power> powers = EnumSet.noneOf(Power.class);
        for (String p : r.getString("powers").split(",")) {
            powers.add(Power.valueOf(p));
        }
        return new Authorisation(
                r.getLong("id"),
                r.getString("number"),
                r.getLong("request_id"),
                new Requester(
                        RequesterKind.valueOf(r.getString("requester_kind")),
                        r.getString("requester_name"),
                        r.getString("requester_id"),
                        r.getString("requester_phone")),
                r.getString("agent_username"),
                r.getString("agent_name"),
                r.getString("agent_id_number"),
                List.of(r.getString("matter_codes").split(",")),
                Set.copyOf(powers),
                r.getDate("valid_from").toLocalDate(),
                r.getDate("valid_to").toLocalDate(),
                Jdbc.instant(r, "signed_at"),
                r.getString("fingerprint"),
                Jdbc.instant(r, "revoked_at"));
    }
}
