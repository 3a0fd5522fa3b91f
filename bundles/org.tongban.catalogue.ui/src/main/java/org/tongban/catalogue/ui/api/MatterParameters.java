package org.tongban.catalogue.ui.api;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.ServedAudience;

/**
 * Reads the query parameters of {@code GET /api/v1/matters} into a {@link MatterQuery}, refusing anything malformed
 * with a Chinese message before the catalogue is asked. Whether a well-formed code exists is checked by the endpoint.
 */
final class MatterParameters {
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    // GB/T 2260: 6 digits for a county, 9 for a town, 12 for a village.
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}(\\d{3}(\\d{3})?)?");
    private static final Pattern CODE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (CatalogueLimits.MAX_CODE_LENGTH - 1) + "}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private MatterParameters() {}

    /** The query for these parameters; {@code defaultJurisdiction} applies when none is given. */
    static MatterQuery query(Map<String, String[]> parameters, String defaultJurisdiction) {
        String jurisdiction = single(parameters, "jurisdiction");
        if (jurisdiction == null) {
            jurisdiction = defaultJurisdiction;
        } else if (!DIVISION_CODE.matcher(jurisdiction).matches()) {
            throw new BadRequest("参数 jurisdiction 应为 6、9 或 12 位数字的行政区划代码，收到：" + shown(jurisdiction));
        }
        String department = single(parameters, "department");
        if (department != null) {
            code("department", department);
        }
        String lifeEvent = single(parameters, "lifeEvent");
        if (lifeEvent != null) {
            code("lifeEvent", lifeEvent);
        }
        ServedAudience audience = audience(single(parameters, "audience"));
        int page = number(parameters, "page", 0);
        int size = number(parameters, "size", DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequest("参数 size 应在 1 到 " + MAX_SIZE + " 之间，收到：" + size);
        }
        return new MatterQuery(jurisdiction, department, audience, lifeEvent, null, page, size);
    }

    /** Checks a matter, department or life-event code: letters, digits, dot, hyphen and underscore only. */
    static String code(String parameter, String value) {
        if (!CODE.matcher(value).matches()) {
            throw new BadRequest(
                    "参数 " + parameter + " 只能包含字母、数字、点、连字符和下划线，且不超过 " + CatalogueLimits.MAX_CODE_LENGTH + " 个字符");
        }
        return value;
    }

    // Chinese labels as in the guides, 个人 as the portal says, and the constant names for programs.
    static ServedAudience audience(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "自然人", "个人", "NATURAL_PERSON" -> ServedAudience.NATURAL_PERSON;
            case "法人", "LEGAL_PERSON" -> ServedAudience.LEGAL_PERSON;
            default -> throw new BadRequest("参数 audience 只能是 自然人（个人）或 法人，收到：" + shown(value));
        };
    }

    private static int number(Map<String, String[]> parameters, String name, int fallback) {
        String value = single(parameters, name);
        if (value == null) {
            return fallback;
        }
        if (!NUMBER.matcher(value).matches()) {
            throw new BadRequest("参数 " + name + " 应为不小于 0 的整数，收到：" + shown(value));
        }
        return Integer.parseInt(value);
    }

    // Echoes enough of a bad value to recognise it, without repeating a huge one.
    private static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    // An empty value counts as absent, so that ?department=&page=0 works as forms send it.
    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw new BadRequest("参数 " + name + " 只能出现一次");
        }
        String value = values[0].strip();
        return value.isEmpty() ? null : value;
    }
}
