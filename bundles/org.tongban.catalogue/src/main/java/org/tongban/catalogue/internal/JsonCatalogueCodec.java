package org.tongban.catalogue.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tongban.catalogue.CatalogueCodec;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.CatalogueFormatException;
import org.tongban.catalogue.ValidationError;

/** The exchange format as JSON ({@code tongban-catalogue/1}). */
@Component(service = CatalogueCodec.class)
public final class JsonCatalogueCodec implements CatalogueCodec {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String name() {
        return "JSON";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public CatalogueDocument read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "第" + at.getLineNr() + "行第" + at.getColumnNr() + "列";
            throw new CatalogueFormatException(
                    List.of(new ValidationError(where, "不是有效的 JSON：" + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw new CatalogueFormatException(List.of(new ValidationError("", "文件为空")));
        }
        List<ValidationError> errors = new ArrayList<>();
        CatalogueDocument document = DocumentJson.read(root, errors);
        if (!errors.isEmpty()) {
            throw new CatalogueFormatException(errors);
        }
        return document;
    }

    @Override
    public void write(CatalogueDocument document, OutputStream out) throws IOException {
        MAPPER.writeValue(out, DocumentJson.write(document));
    }
}
