package org.tongban.hotline;

/**
 * A unit's figures over the tickets dispatched to it as lead unit in a period; merged duplicates count once.
 *
 * @param dispatched tickets dispatched to it
 * @param signed of which signed
 * @param signedOnTime of which signed within the limit
 * @param replied of which replied
 * @param handledOnTime of which replied within the handling limit
 * @param rated callbacks with a rating
 * @param resolved of which the caller said resolved
 * @param satisfied of which satisfied (4 or 5)
 * @param reopened tickets a caller reopened
 * @param returned tickets it returned (退单)
 */
public record UnitKpi(
        String unitCode,
        String unitName,
        long dispatched,
        long signed,
        long signedOnTime,
        long replied,
        long handledOnTime,
        long rated,
        long resolved,
        long satisfied,
        long reopened,
        long returned) {

    /** Share signed on time of those signed, 0 to 1 (0 when none). */
    public double signedOnTimeRate() {
        return ratio(signedOnTime, signed);
    }

    public double handledOnTimeRate() {
        return ratio(handledOnTime, replied);
    }

    public double resolutionRate() {
        return ratio(resolved, rated);
    }

    public double satisfactionRate() {
        return ratio(satisfied, rated);
    }

    public double reopenRate() {
        return ratio(reopened, replied);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
