package org.tongban.platform.api.portal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a public page shows: a template of the page's bundle with its data, and what the host puts around it.
 *
 * @param template the template's path in the page's bundle, such as {@code portal/guide.ftlh}
 * @param model the values the template reads; records, lists and maps (their names are the template's variables)
 * @param title the page title (the host appends the hall's name)
 * @param description the meta description, one or two sentences
 * @param canonical the canonical path without leading slash (the host makes it absolute)
 * @param lastModified when the content last changed (the published version's time), or {@code null}
 * @param version a token that changes with the content (the published version), or {@code null} to hash the page
 */
public record PageView(
        String template,
        Map<String, Object> model,
        String title,
        String description,
        String canonical,
        Instant lastModified,
        String version) {

    public PageView {
        model = Map.copyOf(model);
        description = description == null ? "" : description;
    }

    /** A page with this template and data; set the title next. */
    public static PageView of(String template, Map<String, Object> model) {
        return new PageView(template, model, "", "", "", null, null);
    }

    public PageView title(String newTitle) {
        return new PageView(template, model, newTitle, description, canonical, lastModified, version);
    }

    public PageView description(String newDescription) {
        return new PageView(template, model, title, newDescription, canonical, lastModified, version);
    }

    public PageView canonical(String path) {
        return new PageView(template, model, title, description, path, lastModified, version);
    }

    /** The published version: its time becomes {@code Last-Modified}, the token part of the {@code ETag}. */
    public PageView published(String newVersion, Instant time) {
        return new PageView(template, model, title, description, canonical, time, newVersion);
    }

    /** This page with one more value for the template. */
    public PageView with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(model);
        more.put(name, value);
        return new PageView(template, more, title, description, canonical, lastModified, version);
    }
}
