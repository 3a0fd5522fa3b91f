package org.tongban.worktime;

/**
 * How far a clock may be extended: at most {@code maxCount} extensions adding up to at most {@code maxAmount} in the
 * clock's unit. The matter's implementation list sets it (行政许可法 第42条: once, by ten working days; 市场主体登记: three
 * working days; 护照: up to 30 日 in all); where a clock has none, the city's default for the unit applies.
 */
public record ExtensionRule(int maxCount, int maxAmount) {

    /** No extension at all. */
    public static final ExtensionRule NONE = new ExtensionRule(0, 0);

    public ExtensionRule {
        if (maxCount < 0 || maxAmount < 0 || (maxCount == 0) != (maxAmount == 0)) {
            throw new WorktimeException("延期规则无效：次数和总量须同为零或同为正数（" + maxCount + " 次，" + maxAmount + "）");
        }
    }

    /** Parses {@code 1x10} (count × amount), as the configuration writes it. */
    public static ExtensionRule parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("[x×]", -1);
        try {
            if (parts.length != 2) {
                throw new NumberFormatException(text);
            }
            return new ExtensionRule(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new WorktimeException("延期规则格式应为 次数x总量，例如 1x10：" + text);
        }
    }

    @Override
    public String toString() {
        return maxCount + "x" + maxAmount;
    }
}
