package org.tongban.documents.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tongban.documents.DocumentException;
import org.tongban.documents.FormRequest;

/**
 * A feature's form turned into a template and its values: the caller's text only ever becomes values, so nothing it
 * typed is read as a placeholder, and the same length checks as for shipped templates apply.
 */
record FormTemplate(DocumentTemplate template, Map<String, String> fields) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final int MAX_TITLE = 40;
    private static final int MAX_LABEL = 20;
    private static final int MAX_VALUE = 500;
    private static final int MAX_PARAGRAPH = 2000;
    private static final int MAX_CLOSING = 100;

    static FormTemplate of(FormRequest form) {
        if (form.code() == null || !CODE.matcher(form.code()).matches()) {
            throw DocumentException.of("documents.error.formCode", String.valueOf(form.code()));
        }
        String title = FieldValues.clean(form.title());
        if (title.isEmpty() || title.codePointCount(0, title.length()) > MAX_TITLE) {
            throw DocumentException.of("documents.error.formTitle", MAX_TITLE);
        }
        if (form.lines().size() > FormRequest.MAX_LINES
                || form.paragraphs().size() > FormRequest.MAX_LINES
                || form.closing().size() > FormRequest.MAX_LINES) {
            throw DocumentException.of("documents.error.formSize", FormRequest.MAX_LINES);
        }
        Map<String, String> fields = new HashMap<>();
        List<DocumentTemplate.Field> declared = new ArrayList<>();
        fields.put("formTitle", title);
        declared.add(new DocumentTemplate.Field("formTitle", true, MAX_TITLE));
        List<DocumentTemplate.Detail> details = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> line : form.lines().entrySet()) {
            String label = FieldValues.clean(line.getKey());
            if (label.isEmpty() || label.length() > MAX_LABEL) {
                throw DocumentException.of("documents.error.formLabel", MAX_LABEL);
            }
            // Checked here, where the line's number and label are known: the template's own check would name the
            // placeholder (line0), which means nothing to whoever typed the value.
            if (length(line.getValue()) > MAX_VALUE) {
                throw DocumentException.of("documents.error.formLineTooLong", n + 1, label, MAX_VALUE);
            }
            String name = "line" + n++;
            details.add(new DocumentTemplate.Detail(label, name));
            fields.put(name, line.getValue());
            declared.add(new DocumentTemplate.Field(name, false, MAX_VALUE));
        }
        readable(form.paragraphs(), "documents.error.formParagraph", MAX_PARAGRAPH);
        readable(form.closing(), "documents.error.formClosing", MAX_CLOSING);
        List<String> paragraphs = placeholders("para", form.paragraphs(), MAX_PARAGRAPH, fields, declared);
        List<String> closing = new ArrayList<>(placeholders("close", form.closing(), MAX_CLOSING, fields, declared));
        closing.add("{issuedOn}");
        DocumentTemplate template =
                new DocumentTemplate("{formTitle}", null, List.of(), details, null, paragraphs, closing, declared);
        return new FormTemplate(template, fields);
    }

    /** Refuses an empty or too long paragraph or closing line by its number (第2段), not its placeholder. */
    private static void readable(List<String> texts, String key, int maxLength) {
        for (int i = 0; i < texts.size(); i++) {
            int length = length(texts.get(i));
            if (length == 0 || length > maxLength) {
                throw DocumentException.of(key, i + 1, maxLength);
            }
        }
    }

    private static int length(String value) {
        String clean = FieldValues.clean(value);
        return clean.codePointCount(0, clean.length());
    }

    private static List<String> placeholders(
            String prefix,
            List<String> texts,
            int maxLength,
            Map<String, String> fields,
            List<DocumentTemplate.Field> declared) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String name = prefix + i;
            fields.put(name, texts.get(i));
            declared.add(new DocumentTemplate.Field(name, true, maxLength));
            out.add("{" + name + "}");
        }
        return out;
    }
}
