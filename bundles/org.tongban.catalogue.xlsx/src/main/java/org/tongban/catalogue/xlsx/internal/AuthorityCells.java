package org.tongban.catalogue.xlsx.internal;

import java.util.List;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.catalogue.NationalCodes;
import org.tongban.catalogue.PowerSource;
import org.tongban.catalogue.ValidationError;
import org.tongban.catalogue.xlsx.internal.SheetRows.Row;

/**
 * The 实施清单 columns of the 事项 sheet: national codes, implementing body, power source, joint bodies and the two
 * channels. Workbooks written before these columns existed have no 权力来源 column: the handling department is then
 * read as the implementing body with 法定本级, with a warning for the row. Their 咨询电话 and 投诉渠道 columns keep their
 * meaning (consultation phone, complaint's other ways).
 */
final class AuthorityCells {
    static final String POWER_SOURCE = "权力来源";

    private final SheetIn sheet;
    private final List<ValidationError> warnings;

    AuthorityCells(SheetIn sheet, List<ValidationError> warnings) {
        this.sheet = sheet;
        this.warnings = warnings;
    }

    NationalCodes nationalCodes(Row r) {
        return new NationalCodes(sheet.text(r, "国家基本编码"), sheet.text(r, "国家实施编码"));
    }

    MatterAuthority authority(Row r) {
        if (!sheet.has(POWER_SOURCE)) {
            warnings.add(new ValidationError(
                    sheet.place(r.number(), "部门"), "旧格式没有实施主体，已按“承办机构即实施主体、权力来源为法定本级、无联办机构”读取；请核对"));
            return MatterAuthority.HANDLING_DEPARTMENT;
        }
        PowerSource source = sheet.label(r, POWER_SOURCE, PowerSource::fromLabel);
        if (source == null && sheet.text(r, POWER_SOURCE) == null) {
            sheet.error(r.number(), POWER_SOURCE, "不能为空，可选：法定本级、上级下放、委托");
        }
        return new MatterAuthority(
                sheet.text(r, "实施主体"),
                sheet.text(r, "实施主体信用代码"),
                source,
                sheet.text(r, "下放或委托机关"),
                sheet.codes(r, "联办机构"));
    }

    ContactChannel consultation(Row r) {
        return new ContactChannel(sheet.text(r, "咨询电话"), sheet.text(r, "咨询其他渠道"));
    }

    ContactChannel complaint(Row r) {
        return new ContactChannel(sheet.text(r, "投诉电话"), sheet.text(r, "投诉渠道"));
    }
}
