package org.tongban.worktime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.worktime.WorktimeException;

/** A holiday notice loaded at run time is checked against the holiday-cn schema and the calendar, with clear errors. */
class HolidayFileTest {

    @Test
    void everyShippedYearPassesTheSameChecksAndSurvivesARoundTrip() throws IOException {
        for (int year = 2019; year <= 2026; year++) {
            HolidayFile file = HolidayFile.parse(resource("holiday-cn/" + year + ".json"));
            assertThat(file.year()).isEqualTo(year);
            assertThat(file.days()).isNotEmpty();
            assertThat(HolidayFile.parse(file.toJson())).isEqualTo(file);
        }
        HolidayFile y2026 = HolidayFile.parse(resource("holiday-cn/2026.json"));
        assertThat(y2026.days().getFirst()).isEqualTo(new HolidayFile.Day("元旦", LocalDate.parse("2026-01-01"), true));
        assertThat(y2026.papers()).containsExactly("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            {"year": 2027, "papers": [], "days": [                                          | 节假日文件不是有效的 JSON：第 1 行附近有误
            []                                                                               | 文件：应为对象
            {"year": 2027, "papers": []}                                                     | 文件：缺少必填字段 days
            {"year": "2027", "papers": [], "days": []}                                       | /year：应为数字
            {"year": 2027, "papers": [1], "days": []}                                        | /papers/0：应为文本
            {"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01"}]}    | /days/0：缺少必填字段 isOffDay
            {"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": "是"}]} | /days/0/isOffDay：应为true 或 false
            {"year": 2027.5, "papers": [], "days": []}                                       | 年份无效：2027.5
            {"year": 1927, "papers": [], "days": []}                                         | 年份无效：1927
            {"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-1-1", "isOffDay": true}]} | 第 1 个日期：日期格式应为 2027-01-01：2027-1-1
            {"year": 2027, "papers": [], "days": [{"name": "国庆节", "date": "2026-10-01", "isOffDay": true}]} | 第 1 个日期：日期 2026-10-01 不属于2027年的通知
            {"year": 2027, "papers": [], "days": [{"name": " ", "date": "2027-01-01", "isOffDay": true}]} | 第 1 个日期：节日名称须为 1 至 50 个字
            """)
    void aBadFileIsRefusedNamingTheFirstProblem(String json, String message) {
        assertThatThrownBy(() -> HolidayFile.parse(json))
                .isInstanceOf(WorktimeException.class)
                .hasMessage(message.strip());
    }

    @Test
    void duplicateDatesEmptyAndHugeFilesAreRefused() {
        String day = "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}";
        assertThatThrownBy(() ->
                        HolidayFile.parse("{\"year\": 2027, \"papers\": [], \"days\": [" + day + "," + day + "]}"))
                .hasMessage("第 2 个日期：日期 2027-01-01 重复");
        assertThatThrownBy(() -> HolidayFile.parse(" ")).hasMessage("节假日文件为空");
        assertThatThrownBy(() -> HolidayFile.parse("{" + " ".repeat(HolidayFile.MAX_BYTES) + "}"))
                .hasMessage("节假日文件过大（最多 64 KB）");
    }

    @Test
    void theSchemaIsTheShippedOneAndAKeywordItCannotCheckIsRefused() throws IOException {
        // The bundle checks with the schema shipped beside the data; a schema using more than it understands fails
        // at load rather than checking less than the schema says.
        assertThat(new ObjectMapper()
                        .readTree(resource("holiday-cn/schema.json"))
                        .path("required")
                        .toString())
                .isEqualTo("[\"year\",\"papers\",\"days\"]");
        var withMinimum =
                new ObjectMapper().readTree("{\"type\": \"object\", \"properties\": {\"year\": {\"minimum\": 2000}}}");
        assertThatThrownBy(() -> SchemaCheck.of(withMinimum))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("minimum");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HolidayFileTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
