package org.tongban.platform.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiErrorsTest {

    @Test
    void messagesAreValidJsonWithQuotesControlCharactersAndMarkupEscaped() {
        assertThat(ApiErrors.json(400, "参数 \"page\" 不是数字\n<script>"))
                .isEqualTo("{\"status\":400,\"error\":\"参数 \\\"page\\\" 不是数字\\u000a\\u003cscript>\"}");
    }
}
