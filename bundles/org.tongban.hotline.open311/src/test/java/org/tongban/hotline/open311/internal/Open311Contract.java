package org.tongban.hotline.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.internal.HotlineOnDatabase;
import org.tongban.hotline.open311.Open311Keys;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.ApiToken;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.platform.api.security.PasswordRefusal;
import org.tongban.testing.ApiCalls;
import org.tongban.testing.ApiCalls.Reply;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** GeoReport v2 against the spec's examples, with the hotline's real services, on each database. */
abstract class Open311Contract {
    static final String[] GET = {Open311Route.ROOT, Open311Route.SERVICE, Open311Route.REQUEST, Open311Route.TOKEN};
    static final String[] POST = {Open311Route.ROOT};
    static final String STALLS = "泉城路188号门前每天晚上有流动摊贩占道经营，油烟很大，行人无法通过。";

    HotlineOnDatabase h;
    Tokens tokens;
    JdbcOpen311Keys keys;
    Open311Route get;
    PostRequestRoute post;

    abstract TestDatabase open();

    @BeforeEach
    void setUp() {
        h = new HotlineOnDatabase(open());
        tokens = new Tokens();
        keys = new JdbcOpen311Keys(h.db().transactions(), h.access(), h.audit(), tokens, java.time.Clock.systemUTC());
        get = new Open311Route(h.published(), h.clock());
        post = new PostRequestRoute(
                h.service(),
                h.published(),
                keys,
                new Binding(),
                h.access(),
                new org.tongban.testing.TestJurisdictions());
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    String issueKey() {
        h.access().actAs("admin", Jinan.JINAN, Open311Keys.PERMISSION);
        String key = keys.issue("quancheng-app", "泉城办 App").apiKey();
        h.access().logOut();
        return key;
    }

    Reply postRequest(String format, String... form) {
        return ApiCalls.call(
                post, POST, "POST", "open311/v2/requests." + format, null, null, Locale.SIMPLIFIED_CHINESE, form);
    }

    @Test
    void servicesListThePublicCategoriesInBothFormats() throws Exception {
        Reply xml = ApiCalls.get(get, GET, "open311/v2/services.xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.contentType()).startsWith("text/xml");
        Element root = parse(xml);
        conforms(root, "services");
        assertThat(texts(root, "service_code")).containsExactly("CG.ZYJY", "ZF");
        Reply json = ApiCalls.get(get, GET, "open311/v2/services.json");
        assertThat(json.json().isArray()).isTrue();
        assertThat(fieldNames(json.json().get(0))).containsExactlyElementsOf(spec("services"));
        assertThat(json.json().get(0).get("metadata").asBoolean()).isTrue();
    }

    @Test
    void aServiceDefinitionHasItsAttributesAndAnUnknownOrInternalCodeIs404() throws Exception {
        Element def = parse(ApiCalls.get(get, GET, "open311/v2/services/CG.ZYJY.xml"));
        conforms(def, "service_definition");
        Element attribute = (Element) def.getElementsByTagName("attribute").item(0);
        assertThat(children(attribute)).containsExactlyElementsOf(spec("attribute"));
        assertThat(children((Element) attribute.getElementsByTagName("value").item(0)))
                .containsExactlyElementsOf(spec("value"));
        for (String code : List.of("CG", "NOPE")) {
            Reply missing = ApiCalls.get(get, GET, "open311/v2/services/" + code + ".json");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(fieldNames(missing.json().get(0))).containsExactly("code", "description");
            assertThat(missing.json().get(0).get("code").asInt()).isEqualTo(404);
        }
    }

    @Test
    void aPostedRequestIsStoredAndReadBackWithItsToken() throws Exception {
        String key = issueKey();
        Reply created = postRequest(
                "xml",
                "api_key",
                key,
                "service_code",
                "CG.ZYJY",
                "lat",
                "36.664",
                "long",
                "117.021",
                "address_string",
                "历下区泉城路188号",
                "description",
                STALLS,
                "first_name",
                "张");
        assertThat(created.status()).isEqualTo(200);
        Element root = parse(created);
        conforms(root, "created");
        String id = texts(root, "service_request_id").getFirst();
        Element read = parse(ApiCalls.get(get, GET, "open311/v2/requests/" + id + ".xml"));
        conforms(read, "service_requests");
        assertThat(texts(read, "status")).containsExactly("open");
        assertThat(texts(read, "description")).containsExactly(STALLS);
        assertThat(texts(read, "lat")).containsExactly("36.664");
        assertThat(ApiCalls.get(get, GET, "open311/v2/tokens/" + id + ".json")
                        .json()
                        .get(0)
                        .get("service_request_id")
                        .asText())
                .isEqualTo(id);
        assertThat(ApiCalls.get(get, GET, "open311/v2/tokens/RX-NONE.json").status())
                .isEqualTo(404);
        // The list: by id, by service_code, by status, by dates.
        assertThat(ApiCalls.get(get, GET, "open311/v2/requests.json", "service_request_id", id + ",RX-NONE")
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(ApiCalls.get(get, GET, "open311/v2/requests.json", "service_code", "CG")
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(ApiCalls.get(get, GET, "open311/v2/requests.json", "service_code", "ZF")
                        .text())
                .isEqualTo("[]");
        assertThat(ApiCalls.get(get, GET, "open311/v2/requests.json", "status", "closed")
                        .json()
                        .size())
                .isZero();
        assertThat(ApiCalls.get(get, GET, "open311/v2/requests.json", "status", "open")
                        .json()
                        .size())
                .isEqualTo(1);
        Instant now = h.clock().instant();
        assertThat(ApiCalls.get(
                                get,
                                GET,
                                "open311/v2/requests.json",
                                "start_date",
                                Documents.time(now.minus(Duration.ofDays(1))),
                                "end_date",
                                Documents.time(now.plus(Duration.ofDays(1))))
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(ApiCalls.get(
                                get,
                                GET,
                                "open311/v2/requests.json",
                                "end_date",
                                Documents.time(now.minus(Duration.ofDays(1))))
                        .json()
                        .size())
                .isZero();
        assertThat(h.audit().withAction("hotline.receive.channel")).hasSize(1);
    }

    @Test
    void forgedRevokedOrMissingKeysStoreNothing() throws Exception {
        String key = issueKey();
        String[] form = {"service_code", "ZF", "address_string", "市中区经七路100号", "description", "楼顶漏水"};
        for (String bad : List.of(key + "x", "forged", "")) {
            Reply refused = postRequest("xml", concat(new String[] {"api_key", bad}, form));
            assertThat(refused.status()).isEqualTo(403);
            conforms(parse(refused), "errors");
        }
        h.access().actAs("admin", Jinan.JINAN, Open311Keys.PERMISSION);
        long id = keys.list().getFirst().id();
        keys.revoke(id);
        assertThat(keys.list().getFirst().revokedAt()).isNotNull();
        assertThat(tokens.revoked).contains(tokens.issued.getFirst().id());
        h.access().logOut();
        assertThat(postRequest("json", concat(new String[] {"api_key", key}, form))
                        .status())
                .isEqualTo(403);
        assertThat(h.db().count("hotline_ticket")).isZero();
        assertThat(h.db().count("open311_api_key")).isEqualTo(1);
        assertThat(h.audit().withAction("open311.key.issue")).hasSize(1);
        assertThat(h.audit().withAction("open311.key.revoke")).hasSize(1);
        // Only the key's hash is stored.
        String stored = h.db().transactions().read(c -> org.tongban.platform.api.jdbc.Jdbc.one(
                        c, "SELECT key_hash FROM open311_api_key", r -> r.getString(1))
                .orElseThrow());
        assertThat(stored).isEqualTo(JdbcOpen311Keys.hash(key)).isNotEqualTo(key);
    }

    @Test
    void badInputIsRefusedInTheSpecFormatWithNothingStored() throws Exception {
        String key = issueKey();
        Map<String, String[]> cases = new HashMap<>();
        cases.put(
                "description too long",
                new String[] {"service_code", "ZF", "address_string", "经七路", "description", "漏".repeat(4001)});
        cases.put(
                "latitude out of range",
                new String[] {"service_code", "ZF", "lat", "91", "long", "117", "description", "漏水"});
        cases.put("longitude alone", new String[] {"service_code", "ZF", "long", "117", "description", "漏水"});
        cases.put(
                "coordinates not numbers",
                new String[] {"service_code", "ZF", "lat", "abc", "long", "117", "description", "漏水"});
        cases.put("no location", new String[] {"service_code", "ZF", "description", "漏水"});
        cases.put("no service code", new String[] {"address_string", "经七路", "description", "漏水"});
        cases.put("bad attribute", new String[] {
            "service_code", "ZF", "address_string", "经七路", "description", "漏水", "attribute[type]", "<script>"
        });
        for (var c : cases.entrySet()) {
            Reply refused = postRequest("json", concat(new String[] {"api_key", key}, c.getValue()));
            assertThat(refused.status()).as(c.getKey()).isEqualTo(400);
            assertThat(refused.json().get(0).get("description").asText())
                    .as(c.getKey())
                    .isNotBlank();
        }
        Reply unknown =
                postRequest("xml", "api_key", key, "service_code", "CG", "address_string", "经七路", "description", "x");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(h.db().count("hotline_ticket")).isZero();
        // Script in text is stored as given and escaped in XML.
        Reply ok = postRequest(
                "xml",
                "api_key",
                key,
                "service_code",
                "ZF",
                "address_string",
                "经七路",
                "description",
                "<script>alert(1)</script>");
        String id = texts(parse(ok), "service_request_id").getFirst();
        Reply read = ApiCalls.get(get, GET, "open311/v2/requests/" + id + ".xml");
        assertThat(read.text()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void malformedOrTooWideDatesAndBadFormatsAreRefused() throws Exception {
        for (String[] q : List.of(
                new String[] {"start_date", "2026-13-01"},
                new String[] {"end_date", "yesterday"},
                new String[] {"start_date", "2026-01-01T00:00:00+08:00", "end_date", "2026-04-02T00:00:00+08:00"},
                new String[] {"start_date", "2026-03-01T00:00:00Z", "end_date", "2026-02-01T00:00:00Z"},
                new String[] {"status", "pending"})) {
            Reply r = ApiCalls.get(get, GET, "open311/v2/requests.xml", q);
            assertThat(r.status()).as(String.join(" ", q)).isEqualTo(400);
            conforms(parse(r), "errors");
        }
        assertThat(ApiCalls.get(
                                get,
                                GET,
                                "open311/v2/requests.xml",
                                "start_date",
                                "2026-01-01T00:00:00 08:00",
                                "end_date",
                                "2026-03-31T00:00:00+08:00")
                        .status())
                .isEqualTo(200);
        assertThat(ApiCalls.get(get, GET, "open311/v2/services.csv").status()).isEqualTo(404);
        ApiCalls.Reply bare = ApiCalls.get(get, GET, "open311/v2/services");
        assertThat(bare.status()).as("no format: no such resource").isEqualTo(404);
        assertThat(bare.contentType()).startsWith("application/json");
        assertThat(bare.text()).contains("\"code\":404", ".xml");
        assertThat(ApiCalls.get(get, GET, "open311/v2/nothing.json").status()).isEqualTo(404);
        Element discovery = parse(ApiCalls.get(get, GET, "open311/v2/discovery.xml"));
        conforms(discovery, "discovery");
        assertThat(children((Element) discovery.getElementsByTagName("endpoint").item(0)))
                .containsExactlyElementsOf(spec("endpoint"));
        assertThat(texts(discovery, "url")).containsExactly("/api/open311/v2");
    }

    @Test
    void reportsAndConfidentialCallersAreNeverPublished() throws Exception {
        String key = issueKey();
        String report = texts(
                        parse(postRequest(
                                "xml",
                                "api_key",
                                key,
                                "service_code",
                                "ZF",
                                "address_string",
                                "经七路",
                                "description",
                                "举报违建",
                                "attribute[type]",
                                "REPORT")),
                        "service_request_id")
                .getFirst();
        String secret = texts(
                        parse(postRequest(
                                "xml",
                                "api_key",
                                key,
                                "service_code",
                                "ZF",
                                "address_string",
                                "经七路",
                                "description",
                                "不想透露",
                                "attribute[confidential]",
                                "true")),
                        "service_request_id")
                .getFirst();
        assertThat(h.db().count("hotline_ticket")).isEqualTo(2);
        assertThat(ApiCalls.get(get, GET, "open311/v2/requests/" + report + ".json")
                        .status())
                .isEqualTo(404);
        assertThat(ApiCalls.get(get, GET, "open311/v2/requests/" + secret + ".json")
                        .status())
                .isEqualTo(404);
        assertThat(ApiCalls.get(get, GET, "open311/v2/requests.json").text()).isEqualTo("[]");
    }

    @Test
    void onlyAdministratorsManageKeys() {
        h.access().actAs("clerk", Jinan.JINAN, HotlinePermissions.ACCEPT);
        assertThatThrownBy(() -> keys.issue("quancheng-app", "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.revoke(1)).isInstanceOf(AccessDeniedException.class);
    }

    // --- the spec's structure -------------------------------------------------------------------------------------

    static List<String> spec(String document) {
        try (var in = Open311Contract.class.getResourceAsStream("/open311/spec-examples.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.strip().split(" ");
                if (!line.startsWith("#") && f[0].equals(document)) {
                    return List.of(f).subList(document.equals("created") || document.equals("token") ? 3 : 2, f.length);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalArgumentException(document);
    }

    static String[] specLine(String document) {
        try (var in = Open311Contract.class.getResourceAsStream("/open311/spec-examples.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && line.startsWith(document + " ")) {
                    return line.strip().split(" ");
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalArgumentException(document);
    }

    /** The root's name, its items' names and each item's children in the spec's order. */
    static void conforms(Element root, String document) {
        String[] line = specLine(document);
        int offset = document.equals("created") || document.equals("token") ? 1 : 0;
        assertThat(root.getTagName()).isEqualTo(line[offset]);
        if (line[offset + 1].equals("-")) {
            assertThat(children(root)).containsExactlyElementsOf(spec(document));
            return;
        }
        for (Element item : elements(root)) {
            assertThat(item.getTagName()).isEqualTo(line[offset + 1]);
            assertThat(children(item)).containsExactlyElementsOf(spec(document));
        }
    }

    static Element parse(Reply reply) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(reply.bytes()))
                .getDocumentElement();
    }

    static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static List<String> children(Element parent) {
        return elements(parent).stream().map(Element::getTagName).toList();
    }

    static List<String> texts(Element root, String tag) {
        List<String> out = new ArrayList<>();
        var nodes = root.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The platform's tokens as far as Open311 uses them: the account a secret acts for. */
    final class Tokens implements ApiTokens {
        final List<ApiToken> issued = new ArrayList<>();
        final Map<String, ApiToken> bySecret = new HashMap<>();
        final List<Long> revoked = new ArrayList<>();

        @Override
        public Issued issue(String username, String label, Duration validity) {
            ApiToken token = new ApiToken(
                    issued.size() + 1,
                    username,
                    label,
                    Instant.now(),
                    "admin",
                    Instant.now().plus(validity),
                    null);
            String secret = java.util.UUID.randomUUID().toString();
            issued.add(token);
            bySecret.put(secret, token);
            return new Issued(token, secret);
        }

        @Override
        public void revoke(long id) {
            revoked.add(id);
        }

        @Override
        public List<ApiToken> list(String username) {
            return issued;
        }

        @Override
        public Optional<Object> authenticate(String secret) {
            ApiToken t = bySecret.get(secret);
            return t == null || revoked.contains(t.id()) ? Optional.empty() : Optional.of(t.username());
        }
    }

    /** Binds a token's account as the host's authenticator would: the Open311 client account at 济南市. */
    final class Binding implements Authenticator {
        @Override
        public void bind(Object session) {
            if (session == null) {
                h.access().logOut();
            } else {
                h.access().actAs((String) session, Jinan.JINAN, HotlinePermissions.ACCEPT);
            }
        }

        @Override
        public LoginResult login(String username, char[] password, String remoteAddress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void logout(Object session) {}

        @Override
        @SuppressWarnings("deprecation")
        public String changePassword(char[] oldPassword, char[] newPassword) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<PasswordRefusal> changeOwnPassword(char[] oldPassword, char[] newPassword) {
            throw new UnsupportedOperationException();
        }
    }
}
