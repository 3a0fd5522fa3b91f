package org.tongban.itests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The operations an OpenAPI 3 document describes, with their parameters and request body fields resolved. */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private OpenApiOperations() {}

    /**
     * A parameter of an operation.
     *
     * @param name its name
     * @param in {@code path}, {@code query} or {@code header}
     * @param schema its schema, references resolved
     */
    public record Parameter(String name, String in, JsonNode schema) {}

    /**
     * One method on one path.
     *
     * @param method upper case
     * @param path the template below the server URL, such as {@code /v1/matters/{code}}
     * @param parameters path, query and header parameters
     * @param body the request body's JSON schema (references resolved), or {@code null} when it takes none
     * @param secured whether it lists a security requirement
     */
    public record Operation(String method, String path, List<Parameter> parameters, JsonNode body, boolean secured) {

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static List<Operation> parse(String json) throws Exception {
        JsonNode doc = new ObjectMapper().readTree(json);
        List<Operation> operations = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> {
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(shared::add);
            path.getValue().properties().forEach(entry -> {
                if (!METHODS.contains(entry.getKey())) {
                    return;
                }
                JsonNode operation = entry.getValue();
                Map<String, Parameter> parameters = new LinkedHashMap<>();
                List<JsonNode> all = new ArrayList<>(shared);
                operation.path("parameters").forEach(all::add);
                for (JsonNode p : all) {
                    JsonNode resolved = resolve(doc, p);
                    parameters.put(
                            resolved.path("in").asText() + ":"
                                    + resolved.path("name").asText(),
                            new Parameter(
                                    resolved.path("name").asText(),
                                    resolved.path("in").asText(),
                                    resolve(doc, resolved.path("schema"))));
                }
                JsonNode body = operation.has("requestBody")
                        ? resolve(
                                doc,
                                resolve(doc, operation.get("requestBody"))
                                        .path("content")
                                        .path("application/json")
                                        .path("schema"))
                        : null;
                if (body != null && body.isMissingNode()) {
                    // A body that is not JSON (a PDF to verify, say) has no fields to probe one by one.
                    body = null;
                }
                boolean secured = operation.has("security")
                        ? !operation.get("security").isEmpty()
                        : !doc.path("security").isEmpty();
                operations.add(new Operation(
                        entry.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        List.copyOf(parameters.values()),
                        body,
                        secured));
            });
        });
        return operations;
    }

    /** The node a {@code $ref} points to, or the node itself. */
    public static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            current = doc.at(ref.startsWith("#") ? ref.substring(1) : ref);
        }
        return current;
    }
}
