package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.catalogue.NationalCodes;
import org.tongban.catalogue.PowerSource;
import org.tongban.catalogue.Step;
import org.tongban.catalogue.ValidationError;

/** The 实施清单 elements in the exchange format, and files written before they existed. */
class MatterPartsJsonTest {
    private final JsonCatalogueCodec codec = new JsonCatalogueCodec();

    private CatalogueDocument read(String json) throws Exception {
        return codec.read(new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static ObjectNode oldFile() throws Exception {
        ObjectNode root;
        try (InputStream in = MatterPartsJsonTest.class.getResourceAsStream(CatalogueTestBase.TEST_CATALOGUE)) {
            root = (ObjectNode) JsonCatalogueCodec.MAPPER.readTree(in);
        }
        // As written before: a phone and a complaint text, no authority.
        root.withArray("matters").forEach(m -> {
            ObjectNode matter = (ObjectNode) m;
            matter.remove("authority");
            String phone = matter.get("consultation").get("phone").asText();
            matter.remove("consultation");
            matter.remove("complaint");
            matter.put("phone", phone);
            matter.put("complaintChannel", "12345 政务服务便民热线");
        });
        return root;
    }

    @Test
    void anOldFileReadsWithTheHandlingDepartmentAsBodyAndOneWarningPerMatter() throws Exception {
        ObjectNode old = oldFile();
        CatalogueDocument document = read(old.toString());

        assertThat(document.warnings())
                .extracting(ValidationError::toString)
                .containsExactly(
                        "matters[0].authority：旧格式没有实施主体，已按“承办机构即实施主体、权力来源为法定本级、无联办机构”读取；请核对",
                        "matters[1].authority：旧格式没有实施主体，已按“承办机构即实施主体、权力来源为法定本级、无联办机构”读取；请核对",
                        "matters[2].authority：旧格式没有实施主体，已按“承办机构即实施主体、权力来源为法定本级、无联办机构”读取；请核对");
        Matter first = document.matters().getFirst().matter();
        assertThat(first.authority()).isEqualTo(MatterAuthority.HANDLING_DEPARTMENT);
        assertThat(first.authority().powerSource()).isEqualTo(PowerSource.STATUTORY);
        // A renaming, not an assumption: no warning for the channels.
        assertThat(first.consultation()).isEqualTo(new ContactChannel("0531-12345678", null));
        assertThat(first.complaint()).isEqualTo(new ContactChannel(null, "12345 政务服务便民热线"));
        assertThat(first.nationalCodes()).isEqualTo(NationalCodes.NONE);
        assertThat(first.intermediaries()).isEmpty();
    }

    @Test
    void bothTheOldAndTheNewChannelIsAnError() throws Exception {
        ObjectNode file = oldFile();
        ((ObjectNode) file.withArray("matters").get(0))
                .putObject("consultation")
                .put("phone", "12345");

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                                org.tongban.catalogue.CatalogueFormatException.class, () -> read(file.toString()))
                        .errors())
                .extracting(ValidationError::toString)
                .containsExactly("matters[0].phone：不能同时使用 consultation 和旧的 phone");
    }

    @Test
    void everyNewElementSurvivesExportAndImport() throws Exception {
        CatalogueDocument original;
        try (InputStream in = MatterPartsJsonTest.class.getResourceAsStream(CatalogueTestBase.TEST_CATALOGUE)) {
            original = codec.read(in);
        }
        assertThat(original.warnings()).isEmpty();
        Matter changed = original.matters().getFirst().matter().toBuilder()
                .nationalCodes(new NationalCodes("000123004000", "11100000MB0143028R3000123004000"))
                .authority(new MatterAuthority(
                        "济南市人民政府", "11100000MB0143028R", PowerSource.ENTRUSTED, "山东省人民政府", List.of("370100-XSP")))
                .intermediaries(List.of(new IntermediaryService("施工图设计文件审查", "《建设工程质量管理条例》第十一条", true)))
                .consultation(new ContactChannel("0531-12345678", "济南市政务服务中心一楼咨询台"))
                .complaint(new ContactChannel("12345", "https://12345.jinan.gov.cn"))
                .steps(List.of(new Step("受理", "当场受理", Limit.workingDays(1).withNote("当场"))))
                // Attachments travel with their content, which this document does not carry.
                .materials(List.of())
                .build();
        CatalogueDocument document = new CatalogueDocument(
                List.of(),
                List.of(new DocumentMatter(
                        changed, original.matters().getFirst().status())),
                List.of(),
                List.of(),
                java.util.Map.of(),
                java.util.Map.of(),
                List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(document, out);

        CatalogueDocument back = codec.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.warnings()).isEmpty();
        assertThat(back.matters().getFirst().matter()).isEqualTo(changed);
    }
}
