package org.tongban.catalogue.xlsx.internal;

import java.util.List;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.catalogue.MaterialForm;
import org.tongban.catalogue.MaterialSource;
import org.tongban.catalogue.MaterialType;
import org.tongban.catalogue.ValidationError;
import org.tongban.catalogue.Waiver;
import org.tongban.catalogue.xlsx.internal.SheetRows.Row;

/**
 * The detail columns of the 材料 sheet. A workbook written before they existed lacks them: its rows get what the
 * counts, form and e-certificate give, and a tolerant material the default deadline, with a warning for the row.
 */
final class MaterialCells {
    private static final String DEADLINE = "容缺补交期限";
    private static final String CONSEQUENCE = "逾期未补交后果";

    private final SheetIn sheet;
    private final List<ValidationError> warnings;

    MaterialCells(SheetIn sheet, List<ValidationError> warnings) {
        this.sheet = sheet;
        this.warnings = warnings;
    }

    MaterialDetails read(Row r, MaterialDetails derived) {
        if (derived.supplyDeadline() != null && sheet.text(r, DEADLINE) == null) {
            warnings.add(new ValidationError(
                    sheet.place(r.number(), DEADLINE),
                    "容缺受理的材料未写补交期限和后果，已取默认值（" + derived.supplyDeadline().text() + "；" + derived.supplyConsequence()
                            + "）；请核对"));
        }
        return new MaterialDetails(
                sheet.has("材料类型") ? sheet.label(r, "材料类型", MaterialType::fromLabel) : derived.type(),
                sheet.text(r, "载体") != null ? sheet.labels(r, "载体", MaterialForm::fromLabel) : derived.forms(),
                sheet.text(r, "来源") != null ? sheet.label(r, "来源", MaterialSource::fromLabel) : derived.source(),
                sheet.has("免提交方式") ? sheet.labels(r, "免提交方式", Waiver::fromLabel) : derived.waivers(),
                sheet.text(r, DEADLINE) != null ? deadline(r) : derived.supplyDeadline(),
                sheet.text(r, CONSEQUENCE) != null ? sheet.text(r, CONSEQUENCE) : derived.supplyConsequence(),
                sheet.text(r, "受理标准"));
    }

    private Limit deadline(Row r) {
        try {
            return Limit.parse(sheet.text(r, DEADLINE));
        } catch (CatalogueException e) {
            sheet.error(r.number(), DEADLINE, e.getMessage());
            return null;
        }
    }
}
