package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ConsistencyDifference;
import org.tongban.catalogue.ConsistencyGroup;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideSummary;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;

/** The report becomes rows of field × jurisdiction, can be filtered, and exports safely to a spreadsheet. */
class ConsistencyRowsTest {
    private static final Map<String, String> NAMES = Map.of("370100", "济南市", "370102", "历下区", "370103", "市中区");

    private static GuideSummary guide(String code, String jurisdiction, String name) {
        return new GuideSummary(
                new MatterSummary(
                        code,
                        "SD-XK-00123",
                        name,
                        MatterType.ADMINISTRATIVE_LICENSING,
                        List.of(),
                        jurisdiction,
                        null,
                        null,
                        org.tongban.catalogue.Limit.workingDays(5),
                        false,
                        0,
                        OnlineDepth.FULLY_ONLINE),
                1,
                GuideStatus.PUBLISHED,
                "system",
                Instant.parse("2026-11-20T02:00:00Z"),
                1);
    }

    private static Map<String, String> values(String... codeValue) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < codeValue.length; i += 2) {
            values.put(codeValue[i], codeValue[i + 1]);
        }
        return values;
    }

    private final ConsistencyGroup differing = new ConsistencyGroup(
            "SD-XK-00123",
            List.of(guide("370100-SJJ-XK-001", "370100", "食品经营许可"), guide("370102-SJJ-XK-001", "370102", "食品经营许可（新办）")),
            List.of(
                    new ConsistencyDifference("承诺时限（工作日）", values("370100-SJJ-XK-001", "10", "370102-SJJ-XK-001", "5")),
                    new ConsistencyDifference("材料「房屋租赁合同」", values("370100-SJJ-XK-001", "必要，原件1份"))));
    private final ConsistencyGroup consistent = new ConsistencyGroup(
            "SD-QR-00007",
            List.of(guide("370100-MZJ-QR-007", "370100", "婚姻登记"), guide("370103-MZJ-QR-007", "370103", "婚姻登记")),
            List.of());

    @Test
    void eachDifferingFieldListsTheValueOfEveryJurisdiction() {
        List<ConsistencyRows.Row> rows = ConsistencyRows.of(List.of(differing), NAMES::get, "（各字段一致）");

        assertThat(rows)
                .extracting(ConsistencyRows.Row::field, ConsistencyRows.Row::jurisdiction, ConsistencyRows.Row::value)
                .containsExactly(
                        tuple("承诺时限（工作日）", "济南市", "10"),
                        tuple("承诺时限（工作日）", "历下区", "5"),
                        tuple("材料「房屋租赁合同」", "济南市", "必要，原件1份"),
                        tuple("材料「房屋租赁合同」", "历下区", ""));
    }

    @Test
    void aConsistentGroupShowsItsImplementationsOnce() {
        List<ConsistencyRows.Row> rows = ConsistencyRows.of(List.of(consistent), NAMES::get, "（各字段一致）");

        assertThat(rows)
                .extracting(ConsistencyRows.Row::field, ConsistencyRows.Row::jurisdiction)
                .containsExactly(tuple("（各字段一致）", "济南市"), tuple("（各字段一致）", "市中区"));
    }

    @Test
    void theFilterFindsAnyColumnIgnoringCase() {
        List<ConsistencyRows.Row> rows = ConsistencyRows.of(List.of(differing, consistent), NAMES::get, "一致");

        assertThat(ConsistencyRows.filter(rows, "市中区")).hasSize(1);
        assertThat(ConsistencyRows.filter(rows, "sd-xk")).hasSize(4);
        assertThat(ConsistencyRows.filter(rows, "租赁")).hasSize(2);
        assertThat(ConsistencyRows.filter(rows, "  ")).hasSize(6);
    }

    @Test
    void csvQuotesEveryCellAndDefusesFormulas() {
        List<ConsistencyRows.Row> rows =
                List.of(new ConsistencyRows.Row("SD-1", "名称", "370102-X", "说\"明\"", "历下区", "=HYPERLINK(\"http://x\")"));

        String csv = ConsistencyRows.csv(List.of("编码", "字段", "实施编码", "名称", "区划", "内容"), rows);

        assertThat(csv).startsWith("\uFEFF\"编码\",");
        assertThat(csv).contains("\"说\"\"明\"\"\"").contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(csv.split("\r\n")).hasSize(2);
    }
}
