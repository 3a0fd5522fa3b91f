package org.tongban.intake;

import java.time.Instant;
import java.util.List;

/**
 * Intake's figures for a jurisdiction and its subtree over a period: the cases received in it, by where they came in
 * and where they went, and how they ended.
 *
 * @param jurisdictionCode the jurisdiction; cases received or processed in it or below count
 * @param from the period's start, included
 * @param to the period's end, excluded
 * @param received cases received in the period
 * @param byChannel received cases per {@link Channel} name, most first
 * @param byDepartment received cases per handling department code, most first
 * @param byWindow received cases per receiving jurisdiction code (the window), most first
 * @param byMatter received cases per matter code, labelled with the matter's name, most first, at most
 *     {@link #TOP} rows
 * @param finished cases that ended with a result ({@link IntakeStates#DONE})
 * @param finishedOnTime of those, the ones whose clock never went overdue
 * @param instant cases of instant matters (即办件)
 * @param compression how much shorter the promised limits are than the legal ones, averaged over the cases whose two
 *     limits have the same unit and a legal limit above zero: {@code 1 - promised / legal}, 0 when none
 * @param compressionCases how many cases that average is over
 * @param supplemented cases for which a 补正 notice was issued
 * @param supplementReasons the items of those notices, counted per item, most first, at most {@link #TOP}
 * @param tolerance how the cases with a tolerated material (容缺) stand
 * @param pledges how the cases decided on a pledge (告知承诺) stand
 */
public record IntakeStatistics(
        String jurisdictionCode,
        Instant from,
        Instant to,
        long received,
        List<Count> byChannel,
        List<Count> byDepartment,
        List<Count> byWindow,
        List<Count> byMatter,
        long finished,
        long finishedOnTime,
        long instant,
        double compression,
        long compressionCases,
        long supplemented,
        List<Count> supplementReasons,
        Outcomes tolerance,
        Outcomes pledges) {

    /** The longest lists of matters and 补正 reasons. */
    public static final int TOP = 20;

    public IntakeStatistics {
        byChannel = List.copyOf(byChannel);
        byDepartment = List.copyOf(byDepartment);
        byWindow = List.copyOf(byWindow);
        byMatter = List.copyOf(byMatter);
        supplementReasons = List.copyOf(supplementReasons);
    }

    /**
     * The cases of one group.
     *
     * @param key the group's code (channel name, department code, jurisdiction code, matter code or 补正 item)
     * @param label its name where the data knows one (the matter's), else the key
     * @param cases how many
     */
    public record Count(String key, String label, long cases) {}

    /**
     * How cases under 容缺 or 告知承诺 stand.
     *
     * @param cases all of them
     * @param fulfilled 容缺: every tolerated material supplied; 告知承诺: the pledges verified as true
     * @param pending still waiting for the material or the verification
     * @param failed 容缺: terminated for a missed supply deadline; 告知承诺: revoked after a false pledge
     */
    public record Outcomes(long cases, long fulfilled, long pending, long failed) {}

    /** The share of finished cases finished on time, 0 to 1; 1 when none finished. */
    public double onTimeRate() {
        return finished == 0 ? 1 : (double) finishedOnTime / finished;
    }

    /** The share of instant cases among those received, 0 to 1. */
    public double instantShare() {
        return received == 0 ? 0 : (double) instant / received;
    }

    /** The share of received cases that needed a 补正 notice, 0 to 1. */
    public double supplementRate() {
        return received == 0 ? 0 : (double) supplemented / received;
    }
}
