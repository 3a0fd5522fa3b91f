package org.tongban.catalogue.internal;

import static org.tongban.catalogue.internal.JsonIn.path;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tongban.catalogue.ExerciseLevel;
import org.tongban.catalogue.NationalCodes;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.security.Jurisdiction;

/**
 * The structure of the national codes, GB/T 39554.1-2020 (全国一体化政务服务平台 政务服务事项基本目录及实施清单 第1部分：
 * 编码要求) as the national platform publishes the codes: a base code (基本编码) is 12 digits (main item, sub-item,
 * handling item); an implementation code (实施编码) is 31 characters, the implementing body's unified social credit
 * code (GB 32100, 18 characters with a valid check character), one digit for the exercise level and the 12-digit base
 * code. The check is structural: it cannot tell whether the national platform really issued a code.
 */
final class NationalCodeRules {
    private static final Pattern BASE = Pattern.compile("\\d{12}");
    private static final int CREDIT_CODE_LENGTH = 18;

    private final List<ValidationError> errors;

    NationalCodeRules(List<ValidationError> errors) {
        this.errors = errors;
    }

    /**
     * Checks the codes, alone and against what the matter says elsewhere.
     *
     * @param bodyCreditCode the implementing body's credit code when recorded, else {@code null}
     * @param jurisdictionLevel the implementing jurisdiction's level when the tree knows it, else {@code null}
     */
    void check(NationalCodes codes, String bodyCreditCode, Jurisdiction.Level jurisdictionLevel, String at) {
        String base = blankToNull(codes.baseCode());
        String implementation = blankToNull(codes.implementationCode());
        boolean baseOk = base == null || base(base, path(at, "baseCode"));
        if (implementation == null) {
            return;
        }
        String where = path(at, "implementationCode");
        if (implementation.length() != NationalCodes.IMPLEMENTATION_CODE_LENGTH) {
            error(where, "国家实施编码应为31位（统一社会信用代码18位＋行使层级1位＋基本编码12位），当前" + implementation.length() + "位");
            return;
        }
        String credit = implementation.substring(0, CREDIT_CODE_LENGTH);
        String problem = CreditCodes.problem(credit);
        if (problem != null) {
            error(where, "国家实施编码前18位应为实施主体的统一社会信用代码：" + problem);
        } else if (bodyCreditCode != null && !bodyCreditCode.equals(credit)) {
            error(where, "国家实施编码中的统一社会信用代码「" + credit + "」与实施主体的统一社会信用代码「" + bodyCreditCode + "」不一致");
        }
        char digit = implementation.charAt(CREDIT_CODE_LENGTH);
        Optional<ExerciseLevel> level = ExerciseLevel.ofDigit(digit);
        if (level.isEmpty()) {
            error(where, "国家实施编码第19位「" + digit + "」不是行使层级代码（1 国家级、2 省级、3 市级、4 县级、5 乡镇（街道）级、6 村（社区）级）");
        } else if (jurisdictionLevel != null && level.get() != ExerciseLevel.of(jurisdictionLevel)) {
            error(
                    where,
                    "国家实施编码第19位的行使层级为" + level.get().label() + "，与实施区划的层级（"
                            + ExerciseLevel.of(jurisdictionLevel).label() + "）不符");
        }
        String tail = implementation.substring(CREDIT_CODE_LENGTH + 1);
        if (!BASE.matcher(tail).matches()) {
            error(where, "国家实施编码后12位应为国家基本编码（12位数字），当前为「" + tail + "」");
        } else if (base != null && baseOk && !tail.equals(base)) {
            error(where, "国家实施编码后12位「" + tail + "」与国家基本编码「" + base + "」不一致");
        }
    }

    private boolean base(String base, String at) {
        if (!BASE.matcher(base).matches()) {
            error(at, "国家基本编码应为12位数字（主项、子项、业务办理项），当前为「" + base + "」");
            return false;
        }
        return true;
    }

    private void error(String at, String message) {
        errors.add(new ValidationError(at, message));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
