package org.tongban.catalogue.xlsx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.catalogue.MaterialRef;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.xlsx.internal.SheetRows.Row;

/**
 * The situation questions of one life event, from its rows of the 情形 sheet: rows with the same 问题编码 are the
 * options of one question, in row order; the question's text is taken from its first row.
 */
final class Situations {
    private final SheetIn sheet;
    private final Origins origins;
    private final String at;
    private final Map<String, List<Row>> byQuestion = new LinkedHashMap<>();

    Situations(SheetIn sheet, Origins origins, String at) {
        this.sheet = sheet;
        this.origins = origins;
        this.at = at;
    }

    void add(Row row) {
        String code = sheet.text(row, "问题编码");
        if (code == null) {
            sheet.error(row.number(), "问题编码", "不能为空");
            return;
        }
        byQuestion.computeIfAbsent(code, k -> new ArrayList<>()).add(row);
    }

    List<SituationQuestion> questions() {
        List<SituationQuestion> questions = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byQuestion.entrySet()) {
            String q = at + ".questions[" + questions.size() + "]";
            Row first = e.getValue().getFirst();
            origins.field(q, sheet, first.number(), null);
            origins.field(q + ".code", sheet, first.number(), "问题编码");
            origins.field(q + ".text", sheet, first.number(), "问题");
            origins.field(q + ".options", sheet, first.number(), "选项编码");
            String text = null;
            List<SituationOption> options = new ArrayList<>();
            for (Row r : e.getValue()) {
                if (text == null) {
                    text = sheet.text(r, "问题");
                }
                if (blankOption(r)) {
                    continue;
                }
                String o = q + ".options[" + options.size() + "]";
                origins.field(o, sheet, r.number(), null);
                origins.field(o + ".code", sheet, r.number(), "选项编码");
                origins.field(o + ".label", sheet, r.number(), "选项");
                origins.field(o + ".addMatters", sheet, r.number(), "增加事项");
                origins.field(o + ".addMaterials", sheet, r.number(), "增加材料");
                origins.field(o + ".removeMaterials", sheet, r.number(), "移除材料");
                options.add(new SituationOption(
                        sheet.text(r, "选项编码"),
                        sheet.text(r, "选项"),
                        sheet.codes(r, "增加事项"),
                        refs(r, "增加材料"),
                        refs(r, "移除材料")));
            }
            questions.add(new SituationQuestion(e.getKey(), text, options));
        }
        return questions;
    }

    private boolean blankOption(Row r) {
        for (String header : List.of("选项编码", "选项", "增加事项", "增加材料", "移除材料")) {
            if (sheet.text(r, header) != null) {
                return false;
            }
        }
        return true;
    }

    /** Lines of {@code 事项编码：材料名称}; codes never contain a colon, names may. */
    private List<MaterialRef> refs(Row r, String header) {
        List<MaterialRef> refs = new ArrayList<>();
        for (String line : sheet.lines(r, header)) {
            int full = line.indexOf('：');
            int half = line.indexOf(':');
            int colon = full < 0 ? half : half < 0 ? full : Math.min(full, half);
            if (colon <= 0 || colon == line.length() - 1) {
                sheet.error(r.number(), header, "每行应为“事项编码：材料名称”（当前为「" + line + "」）");
            } else {
                refs.add(new MaterialRef(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip()));
            }
        }
        return refs;
    }
}
