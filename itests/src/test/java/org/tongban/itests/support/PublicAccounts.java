package org.tongban.itests.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Citizens' and enterprises' accounts registered as the portal's sign-up does it, through the public API. */
public final class PublicAccounts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicAccounts() {}

    /** A natural person's account (ID number as identifier); fails the test unless it is created. */
    public static void registerPerson(String baseUrl, String name, String idNumber, String mobile, String password)
            throws Exception {
        register(baseUrl, "PERSON", name, idNumber, null, mobile, password);
    }

    /** An enterprise's account (unified social credit code as identifier) with its contact person. */
    public static void registerOrganisation(
            String baseUrl, String name, String creditCode, String contactName, String mobile, String password)
            throws Exception {
        register(baseUrl, "ORGANISATION", name, creditCode, contactName, mobile, password);
    }

    private static void register(
            String baseUrl,
            String kind,
            String name,
            String identifier,
            String contactName,
            String mobile,
            String password)
            throws Exception {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        body.put("identifier", identifier);
        if (contactName != null) {
            body.put("contactName", contactName);
        }
        body.put("mobile", mobile);
        body.put("password", password);
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/accounts"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
