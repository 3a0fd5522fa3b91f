package org.tongban.catalogue.xlsx.internal;

import java.util.List;
import org.tongban.catalogue.ApproverLevel;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.ValidationError;
import org.tongban.catalogue.xlsx.internal.SheetRows.Row;

/**
 * The limit columns of the 事项 sheet: "60 日（居民身份证法 第十二条）". A plain number is how workbooks wrote limits before
 * they had units: it meant working days, so it is read as such, with a warning for the row.
 */
final class LimitCells {
    private static final String LEGAL = "法定时限";
    private static final String PROMISED = "承诺时限";

    private final SheetIn sheet;
    private final List<ValidationError> warnings;

    LimitCells(SheetIn sheet, List<ValidationError> warnings) {
        this.sheet = sheet;
        this.warnings = warnings;
    }

    GuideLimits read(Row r) {
        Limit legal = limit(r, LEGAL, true);
        Limit promised = limit(r, PROMISED, true);
        if (plain(r, LEGAL) || plain(r, PROMISED)) {
            warnings.add(new ValidationError(
                    sheet.place(r.number(), LEGAL),
                    "时限只填了数字，已按工作日读取（法定 " + text(legal) + "，承诺 " + text(promised) + "）；请核对单位"));
        }
        Limit acceptance = limit(r, "受理时限", false);
        Limit delivery = limit(r, "送达时限", false);
        return new GuideLimits(
                legal,
                promised,
                acceptance == null ? GuideLimits.ACCEPTANCE_DEFAULT : acceptance,
                delivery == null ? GuideLimits.DELIVERY_DEFAULT : delivery,
                extension(r));
    }

    private Extension extension(Row r) {
        Integer count = sheet.integer(r, "延期次数", 1, Extension.MAX_COUNT, false);
        Limit amount = limit(r, "延期时限", count != null);
        ApproverLevel approver = sheet.label(r, "延期审批", ApproverLevel::fromLabel);
        if (count == null) {
            if (amount != null || approver != null) {
                sheet.error(r.number(), "延期次数", "填写了延期时限或审批层级，请同时填写延期次数（1-" + Extension.MAX_COUNT + "）");
            }
            return null;
        }
        return new Extension(count, amount, approver);
    }

    /** A limit in another column (a step's limit), or {@code null} when the cell is empty. */
    Limit optional(Row r, String header) {
        return limit(r, header, false);
    }

    private Limit limit(Row r, String header, boolean required) {
        String value = sheet.text(r, header);
        if (value == null) {
            if (required) {
                sheet.error(r.number(), header, "不能为空，填写数量和单位，例如“20 个工作日”“60 日”");
            }
            return null;
        }
        Limit limit;
        try {
            limit = value.matches("\\d{1,9}") ? Limit.workingDays(Integer.parseInt(value)) : Limit.parse(value);
        } catch (CatalogueException e) {
            sheet.error(r.number(), header, e.getMessage());
            return null;
        }
        if (limit.amount() > CatalogueLimits.MAX_LIMIT_DAYS) {
            sheet.error(r.number(), header, "数量必须是 0-" + CatalogueLimits.MAX_LIMIT_DAYS + "（当前为「" + value + "」）");
            return null;
        }
        return limit;
    }

    private boolean plain(Row r, String header) {
        String value = sheet.text(r, header);
        return value != null && value.matches("\\d{1,9}");
    }

    private static String text(Limit limit) {
        return limit == null ? "—" : limit.text();
    }
}
