package org.tongban.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as a guide states it: an amount with its unit, and optionally a note (its legal basis, or how it is
 * counted), for example {@code 60 日（居民身份证法 第十二条）}. The units have the names of the working-time engine's
 * units, so that a clock can be started with {@code LimitUnit.valueOf(limit.unit().name())}.
 *
 * @param amount 0 to {@value CatalogueLimits#MAX_LIMIT_DAYS}; 0 of a unit of days means the same day (当日办结)
 * @param unit the unit
 * @param note note shown after the limit, or {@code null}
 */
public record Limit(int amount, Unit unit, String note) {

    /**
     * The unit of a limit. 行政许可法 第八十二条: the periods that law sets are working days; a limit written "N 日" in
     * other laws is natural days (民法典 第二百零一条至第二百零四条).
     */
    public enum Unit {
        WORKING_DAYS("工作日", "个工作日"),
        WORKING_HOURS("工作小时", "个工作小时"),
        NATURAL_DAYS("日", "日"),
        MONTHS("月", "个月"),
        NATURAL_HOURS("小时", "小时");

        private final String label;
        private final String suffix;

        Unit(String label, String suffix) {
            this.label = label;
            this.suffix = suffix;
        }

        /** The Chinese label, as written in the exchange format: 工作日, 工作小时, 日, 月, 小时. */
        public String label() {
            return label;
        }

        /** What follows the amount when a limit is shown: 个工作日, 个工作小时, 日, 个月, 小时. */
        public String suffix() {
            return suffix;
        }

        /**
         * The constant with this Chinese label.
         *
         * @throws CatalogueException naming the valid labels when there is none
         */
        public static Unit fromLabel(String label) {
            return Labels.find(Unit.class, Unit::label, label, "时限单位");
        }
    }

    private static final Pattern TEXT = Pattern.compile(
            "\\s*(\\d{1,9})\\s*(个工作日|工作日|个工作小时|工作小时|自然日|日|天|个月|月|小时)\\s*(?:[（(](.*)[）)])?\\s*", Pattern.DOTALL);

    /** N working days (工作日). */
    public static Limit workingDays(int amount) {
        return new Limit(amount, Unit.WORKING_DAYS, null);
    }

    /** N natural days (日). */
    public static Limit naturalDays(int amount) {
        return new Limit(amount, Unit.NATURAL_DAYS, null);
    }

    /** N months (月). */
    public static Limit months(int amount) {
        return new Limit(amount, Unit.MONTHS, null);
    }

    /** N natural hours (小时). */
    public static Limit naturalHours(int amount) {
        return new Limit(amount, Unit.NATURAL_HOURS, null);
    }

    /** N hours of office time (工作小时). */
    public static Limit workingHours(int amount) {
        return new Limit(amount, Unit.WORKING_HOURS, null);
    }

    /** The same limit with a note. */
    public Limit withNote(String note) {
        return new Limit(amount, unit, note);
    }

    /** The amount with its unit, as guides show it: {@code 60 日}, {@code 20 个工作日}, {@code 3 个月}. */
    public String text() {
        return amount + " " + (unit == null ? "" : unit.suffix());
    }

    /** {@link #text()} followed by the note in brackets when there is one. */
    public String textWithNote() {
        return note == null || note.isBlank() ? text() : text() + "（" + note + "）";
    }

    /**
     * Reads what {@link #textWithNote()} writes; also accepts 天 and 自然日 for natural days.
     *
     * @throws CatalogueException with a Chinese message when the text is not a limit
     */
    public static Limit parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            throw new CatalogueException("「" + (text == null ? "" : text.strip())
                    + "」不是有效的时限，应为数量加单位，例如“20 个工作日”“60 日”“3 个月”“24 小时”，可在括号中加说明");
        }
        String unit = m.group(2);
        Unit u =
                switch (unit) {
                    case "个工作日", "工作日" -> Unit.WORKING_DAYS;
                    case "个工作小时", "工作小时" -> Unit.WORKING_HOURS;
                    case "个月", "月" -> Unit.MONTHS;
                    case "小时" -> Unit.NATURAL_HOURS;
                    default -> Unit.NATURAL_DAYS;
                };
        String note =
                m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
        return new Limit(Integer.parseInt(m.group(1)), u, note);
    }

    @Override
    public String toString() {
        return textWithNote();
    }
}
