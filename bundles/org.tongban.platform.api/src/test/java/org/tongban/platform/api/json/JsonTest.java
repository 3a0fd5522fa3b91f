package org.tongban.platform.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.web.ApiErrors;

class JsonTest {

    record Notice(String title, Instant publishedAt, List<String> tags) {}

    record Draft(String title, int priority) {}

    @Test
    void errorMessagesEscapeQuotesControlCharactersAndMarkup() {
        assertThat(Json.text(ApiErrors.body(400, "参数 \"page\" 不是数字\n<script>&")))
                .isEqualTo("{\"status\":400,\"error\":\"参数 \\\"page\\\" 不是数字\\n\\u003cscript\\u003e\\u0026\"}");
    }

    @Test
    void recordsAreWrittenWithTimesAsIsoText() {
        Notice notice = new Notice("春节办公时间", Instant.parse("2026-02-01T01:00:00Z"), List.of("通知"));

        assertThat(Json.text(notice))
                .isEqualTo("{\"title\":\"春节办公时间\",\"publishedAt\":\"2026-02-01T01:00:00Z\",\"tags\":[\"通知\"]}");
    }

    @Test
    void documentsForPeopleAreIndentedAndEscapedAlike() {
        String pretty = new String(Json.pretty(ApiErrors.body(200, "<ok>")), StandardCharsets.UTF_8);

        assertThat(pretty).contains("\"status\" : 200", "\\u003cok\\u003e").contains("\n");
    }

    @Test
    void bodiesAreReadIntoRecordsAndAMisspeltFieldIsNamed() {
        assertThat(Json.read("{\"title\":\"标题\",\"priority\":2}".getBytes(StandardCharsets.UTF_8), Draft.class))
                .isEqualTo(new Draft("标题", 2));

        assertThatThrownBy(() ->
                        Json.read("{\"titel\":\"标题\",\"priority\":1}".getBytes(StandardCharsets.UTF_8), Draft.class))
                .isInstanceOfSatisfying(
                        JsonException.class, e -> assertThat(e.field()).isEqualTo("titel"));
        assertThatThrownBy(() -> Json.read("{\"title\":\"x\",\"priority\":\"high\"}".getBytes(), Draft.class))
                .isInstanceOfSatisfying(
                        JsonException.class, e -> assertThat(e.field()).isEqualTo("priority"));
        assertThatThrownBy(() -> Json.read("{\"title\":".getBytes(), Draft.class))
                .isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> Json.read("null".getBytes(), Draft.class)).isInstanceOf(JsonException.class);
    }
}
