package org.tongban.market;

/** The bad-conduct rules the market applies by itself, each with the points it deducts by default. */
public enum ConductRule {
    /** 中选后无正当理由拒绝. */
    REFUSED_WIN(5),
    /** 未按时签订合同. */
    CONTRACT_NOT_SIGNED(5),
    /** 一年内三次拒绝: blacklists the agency for the configured months. */
    REPEATED_REFUSALS(20),
    /** 服务逾期超过规定工作日. */
    LATE_SERVICE(5),
    /** 使用过期资质. */
    EXPIRED_QUALIFICATION_USED(10),
    /** 提供虚假材料: blacklists the agency too. */
    FALSE_MATERIALS(20);

    private final int points;

    ConductRule(int points) {
        this.points = points;
    }

    /** The points it deducts from the year's score. */
    public int points() {
        return points;
    }
}
