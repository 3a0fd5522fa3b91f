package org.tongban.search;

import java.util.List;
import java.util.Objects;

/**
 * What a citizen searches for, with filters. Null filters mean "any".
 *
 * @param text the words typed, taken literally (never parsed as query syntax)
 * @param jurisdictions codes whose matters are visible: the citizen's jurisdiction and its ancestors (a citizen of
 *     370102 passes 370100 and 370102); empty means all
 * @param department department code filter, or null
 * @param audience served audience filter ({@code 自然人}, {@code 法人}), or null
 * @param lifeEvent life event name filter, or null
 * @param promisedLimit promised limit filter as its facet shows it ({@code 15 个工作日}), or null
 * @param matterType matter type filter as its Chinese label ({@code 行政许可}), or null
 * @param crossRegionMode cross-region handling filter ({@code 全程网办}), or null
 * @param page page number from 0
 * @param size hits per page, 1 to {@link GuideSearch#MAX_PAGE_SIZE}
 */
public record SearchQuery(
        String text,
        List<String> jurisdictions,
        String department,
        String audience,
        String lifeEvent,
        String promisedLimit,
        String matterType,
        String crossRegionMode,
        int page,
        int size) {

    /** Default page size. */
    public static final int DEFAULT_SIZE = 10;

    public SearchQuery {
        jurisdictions = List.copyOf(Objects.requireNonNullElse(jurisdictions, List.of()));
    }

    /** A query without a matter type or cross-region filter. */
    public SearchQuery(
            String text,
            List<String> jurisdictions,
            String department,
            String audience,
            String lifeEvent,
            String promisedLimit,
            int page,
            int size) {
        this(text, jurisdictions, department, audience, lifeEvent, promisedLimit, null, null, page, size);
    }

    /** A query without a limit filter. */
    public SearchQuery(
            String text,
            List<String> jurisdictions,
            String department,
            String audience,
            String lifeEvent,
            int page,
            int size) {
        this(text, jurisdictions, department, audience, lifeEvent, null, null, null, page, size);
    }

    /** The first page of results for this text, without filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, List.of(), null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    public SearchQuery withJurisdictions(List<String> codes) {
        return new SearchQuery(
                text, codes, department, audience, lifeEvent, promisedLimit, matterType, crossRegionMode, page, size);
    }

    public SearchQuery withDepartment(String code) {
        return new SearchQuery(
                text, jurisdictions, code, audience, lifeEvent, promisedLimit, matterType, crossRegionMode, page, size);
    }

    public SearchQuery withAudience(String value) {
        return new SearchQuery(
                text,
                jurisdictions,
                department,
                value,
                lifeEvent,
                promisedLimit,
                matterType,
                crossRegionMode,
                page,
                size);
    }

    public SearchQuery withLifeEvent(String name) {
        return new SearchQuery(
                text,
                jurisdictions,
                department,
                audience,
                name,
                promisedLimit,
                matterType,
                crossRegionMode,
                page,
                size);
    }

    public SearchQuery withPromisedLimit(String limit) {
        return new SearchQuery(
                text, jurisdictions, department, audience, lifeEvent, limit, matterType, crossRegionMode, page, size);
    }

    public SearchQuery withMatterType(String label) {
        return new SearchQuery(
                text,
                jurisdictions,
                department,
                audience,
                lifeEvent,
                promisedLimit,
                label,
                crossRegionMode,
                page,
                size);
    }

    public SearchQuery withCrossRegionMode(String mode) {
        return new SearchQuery(
                text, jurisdictions, department, audience, lifeEvent, promisedLimit, matterType, mode, page, size);
    }

    public SearchQuery withPage(int number, int hitsPerPage) {
        return new SearchQuery(
                text,
                jurisdictions,
                department,
                audience,
                lifeEvent,
                promisedLimit,
                matterType,
                crossRegionMode,
                number,
                hitsPerPage);
    }
}
