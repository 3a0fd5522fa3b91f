package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CatalogueLimits.MAX_LIMIT_DAYS;
import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;
import static org.tongban.catalogue.internal.JsonIn.path;

import java.util.List;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.ValidationError;

/** The rules for a matter's limits; paths are those of the exchange format ({@code limits.legal.amount} ...). */
final class LimitRules {
    private final List<ValidationError> errors;

    LimitRules(List<ValidationError> errors) {
        this.errors = errors;
    }

    void limits(GuideLimits limits, String at) {
        if (limits == null) {
            errors.add(new ValidationError(at, "缺少时限（法定时限、承诺时限）"));
            return;
        }
        boolean legal = limit(limits.legal(), path(at, "legal"), "法定时限");
        boolean promised = limit(limits.promised(), path(at, "promised"), "承诺时限");
        limit(limits.acceptance(), path(at, "acceptance"), "受理时限");
        limit(limits.delivery(), path(at, "delivery"), "送达时限");
        if (legal && promised) {
            promisedWithinLegal(limits.promised(), limits.legal(), path(at, "promised"));
        }
        extension(limits.extension(), path(at, "extension"));
    }

    private void promisedWithinLegal(Limit promised, Limit legal, String at) {
        switch (LimitSpans.compare(promised, legal)) {
            case WITHIN -> {}
            case BEYOND ->
                errors.add(new ValidationError(at, "承诺时限（" + promised.text() + "）不能超过法定时限（" + legal.text() + "）"));
            case UNDECIDABLE ->
                errors.add(new ValidationError(
                        at,
                        "承诺时限（" + promised.text() + "）与法定时限（" + legal.text() + "）单位不同，遇节假日时可能超过法定时限；请改用与法定时限相同的单位"));
        }
    }

    private void extension(Extension extension, String at) {
        if (extension == null) {
            return;
        }
        if (extension.count() < 1 || extension.count() > Extension.MAX_COUNT) {
            errors.add(new ValidationError(
                    path(at, "count"), "延期次数应为1到" + Extension.MAX_COUNT + "之间的整数（当前为" + extension.count() + "）"));
        }
        if (limit(extension.amount(), path(at, "amount"), "延期时限")
                && extension.amount().amount() == 0) {
            errors.add(new ValidationError(path(at, "amount"), "延期时限不能为0"));
        }
        if (extension.approver() == null) {
            errors.add(new ValidationError(path(at, "approver"), "请选择延期审批层级"));
        }
    }

    boolean limit(Limit limit, String at, String what) {
        if (limit == null) {
            errors.add(new ValidationError(at, what + "不能为空"));
            return false;
        }
        boolean ok = true;
        if (limit.amount() < 0 || limit.amount() > MAX_LIMIT_DAYS) {
            errors.add(new ValidationError(
                    path(at, "amount"), what + "应为0到" + MAX_LIMIT_DAYS + "之间的整数（当前为" + limit.amount() + "）"));
            ok = false;
        }
        if (limit.unit() == null) {
            errors.add(new ValidationError(path(at, "unit"), what + "缺少单位"));
            ok = false;
        }
        if (limit.note() != null && limit.note().length() > MAX_NAME_LENGTH) {
            errors.add(new ValidationError(
                    path(at, "note"),
                    "不能超过" + MAX_NAME_LENGTH + "个字（当前" + limit.note().length() + "个字）"));
        }
        return ok;
    }
}
