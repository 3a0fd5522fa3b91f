package org.tongban.search.ui.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchQuery;

/**
 * Reads the query parameters of {@code GET /api/v1/search} and {@code /api/v1/suggest}, refusing anything malformed
 * with a Chinese message before the search service is asked.
 */
public final class SearchParameters {
    static final int MAX_FILTER_LENGTH = 100;

    // GB/T 2260: 6 digits for a county, 9 for a town, 12 for a village.
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}(\\d{3}(\\d{3})?)?");
    // As the catalogue's codes: letters, digits, dot, hyphen, underscore.
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private SearchParameters() {}

    /**
     * The query for these parameters. The jurisdiction (default: the city's root) is where the citizen lives, so
     * its ancestors' matters are searched too; {@code scope} narrows that to the matters of one of them.
     */
    public static SearchQuery query(Map<String, String[]> parameters, String defaultJurisdiction, Jurisdictions tree) {
        String text = text(parameters);
        String jurisdiction = single(parameters, "jurisdiction");
        if (jurisdiction == null) {
            jurisdiction = defaultJurisdiction;
        } else if (!DIVISION_CODE.matcher(jurisdiction).matches()) {
            throw new BadRequest("参数 jurisdiction 应为 6、9 或 12 位数字的行政区划代码，收到：" + shown(jurisdiction));
        }
        List<String> visible = jurisdiction == null
                ? List.of()
                : tree.ancestry(jurisdiction).stream().map(Jurisdiction::code).toList();
        if (jurisdiction != null && visible.isEmpty()) {
            throw new BadRequest("没有这个行政区划：" + jurisdiction);
        }
        String scope = single(parameters, "scope");
        if (scope != null) {
            if (!visible.contains(scope)) {
                throw new BadRequest("参数 scope 应为 jurisdiction 本身或它的上级行政区划代码，收到：" + shown(scope));
            }
            visible = List.of(scope);
        }
        String department = single(parameters, "department");
        if (department != null && !CODE.matcher(department).matches()) {
            throw new BadRequest("参数 department 只能包含字母、数字、点、连字符和下划线，且不超过 64 个字符");
        }
        String lifeEvent = name(parameters, "lifeEvent");
        String promisedLimit = name(parameters, "promisedLimit");
        String matterType = name(parameters, "matterType");
        String crossRegionMode = name(parameters, "crossRegionMode");
        String audience = audience(single(parameters, "audience"));
        int page = number(parameters, "page", 0);
        int size = number(parameters, "size", SearchQuery.DEFAULT_SIZE);
        if (size < 1 || size > GuideSearch.MAX_PAGE_SIZE) {
            throw new BadRequest("参数 size 应在 1 到 " + GuideSearch.MAX_PAGE_SIZE + " 之间，收到：" + size);
        }
        return new SearchQuery(
                text, visible, department, audience, lifeEvent, promisedLimit, matterType, crossRegionMode, page, size);
    }

    /** The required text {@code q}: not blank, at most 200 characters, no control characters. */
    static String text(Map<String, String[]> parameters) {
        String text = single(parameters, "q");
        if (text == null) {
            throw new BadRequest("请输入要搜索的内容：参数 q 不能为空");
        }
        if (text.length() > GuideSearch.MAX_QUERY_LENGTH) {
            throw new BadRequest("参数 q 不能超过 " + GuideSearch.MAX_QUERY_LENGTH + " 个字符，收到 " + text.length() + " 个");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequest("参数 q 含有不可见的控制字符，请删除后再试");
        }
        return text;
    }

    // Chinese labels as in the guides, 个人 as the portal says, and the constant names for programs.
    static String audience(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "自然人", "个人", "NATURAL_PERSON" -> "自然人";
            case "法人", "LEGAL_PERSON" -> "法人";
            default -> throw new BadRequest("参数 audience 只能是 自然人（个人）或 法人，收到：" + shown(value));
        };
    }

    // A life event, limit, matter type or cross-region mode is filtered by its name, as the facets list it: an
    // unknown name finds nothing, as a life event that no matter belongs to.
    private static String name(Map<String, String[]> parameters, String parameter) {
        String value = single(parameters, parameter);
        if (value != null
                && (value.length() > MAX_FILTER_LENGTH || value.chars().anyMatch(Character::isISOControl))) {
            throw new BadRequest("参数 " + parameter + " 应为不超过 " + MAX_FILTER_LENGTH + " 个字且不含控制字符的名称");
        }
        return value;
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

    // Echoes enough of a bad value to recognise it, without repeating a huge one or its control characters.
    private static String shown(String value) {
        String visible = value.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return visible.length() <= 40 ? visible : visible.substring(0, 40) + "…";
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
        String value = values[0] == null ? "" : values[0].strip();
        return value.isEmpty() ? null : value;
    }
}
