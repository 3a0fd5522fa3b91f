package org.tongban.itests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * One visitor of a launched instance over plain HTTP, as a browser talks to it: one cookie jar, the page request, then
 * Vaadin's own protocol (the UI's init request, the client's navigation event, the login form's event). No browser is
 * needed, and what the visitor is shown is read from the UI changes the server sends.
 */
public final class ConsoleSession {

    /** What a navigation showed. */
    public enum Shown {
        VIEW,
        LOGIN,
        DENIED,
        NOT_FOUND,
        SERVER_ERROR,
        /** No shell was rendered: the navigation did not happen. */
        NOTHING
    }

    /**
     * The answer to opening a page.
     *
     * @param status HTTP status of the page request
     * @param shown what the navigation rendered
     */
    public record Page(int status, Shown shown) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The style classes of the portal's, the console's and the devices' frames, sent when a page is rendered in them. */
    private static final List<String> SHELLS = List.of("tb-portal", "tb-console", "tb-device");

    private static final ResourceBundle HOST_MESSAGES = ResourceBundle.getBundle(
            "i18n.host",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final String baseUrl;
    private final String name;
    private final HttpClient client;

    private ConsoleSession(String baseUrl, String name) {
        this.baseUrl = baseUrl;
        this.name = name;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A visitor who has not logged in. */
    public static ConsoleSession anonymous(String baseUrl) {
        return new ConsoleSession(baseUrl, "anonymous");
    }

    /** A clerk who logged in through the console's login form; fails if the console does not open afterwards. */
    public static ConsoleSession login(String baseUrl, String username, String password) throws Exception {
        ConsoleSession session = new ConsoleSession(baseUrl, username);
        session.request("GET", "/console/login");
        Ui ui = session.openUi("console/login");
        long form = ui.nodeWithTag("vaadin-login-form");
        ObjectNode data = JSON.createObjectNode()
                .put("event.detail.username", username)
                .put("event.detail.password", password)
                .put("}disabled", false);
        ui.event(form, "login", data);
        Page console = session.open("console");
        if (console.shown() != Shown.VIEW) {
            throw new AssertionError(username + " could not log in: the console showed " + console.shown());
        }
        return session;
    }

    public String name() {
        return name;
    }

    /** Requests a path with this visitor's cookies; POST and the like send an empty JSON object from this site. */
    public HttpResponse<String> request(String method, String path) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = "GET".equals(method) || "HEAD".equals(method)
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20));
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            request.header("Origin", baseUrl); // as a browser sends with every change made from a page of the site
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Requests a path with this visitor's cookies and exactly the headers given (no {@code Origin} is added), as a
     * page of another site can make the browser send it.
     */
    public HttpResponse<String> request(String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Fills in the console's login form and submits it with {@code securityKey} in place of the UI's own security
     * key (what a page of another site would have to guess; {@code null} sends the right one), then reports what the
     * console shows.
     */
    public Shown loginWithSecurityKey(String username, String password, String securityKey) throws Exception {
        request("GET", "/console/login");
        Ui ui = openUi("console/login");
        long form = ui.nodeWithTag("vaadin-login-form");
        ObjectNode data = JSON.createObjectNode()
                .put("event.detail.username", username)
                .put("event.detail.password", password)
                .put("}disabled", false);
        ui.event(form, "login", data, securityKey == null ? ui.securityKey : securityKey);
        return open("console").shown();
    }

    /** Opens a page as typing its address does: the page request, then the navigation the page's script makes. */
    public Page open(String route) throws Exception {
        int status = request("GET", "/" + route).statusCode();
        if (status >= 500) {
            return new Page(status, Shown.SERVER_ERROR);
        }
        return new Page(status, openUi(route).shown);
    }

    private Ui openUi(String route) throws Exception {
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        HttpResponse<String> init = request("GET", "/?v-r=init&location=" + location);
        if (init.statusCode() != 200) {
            throw new AssertionError(name + ": the UI of /" + route + " did not start: HTTP " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        Ui ui = new Ui(config.path("v-uiId").asInt(), config.path("uidl"));
        ObjectNode navigate = JSON.createObjectNode()
                .put("route", route)
                .put("query", "")
                .put("appShellTitle", "")
                .put("trigger", "");
        navigate.putObject("historyState").put("idx", 0);
        ui.event(1, "ui-navigate", navigate);
        return ui;
    }

    /** One UI of the session: the security key and message counters its requests must carry. */
    private final class Ui {
        private final int id;
        private final String securityKey;
        private int clientId;
        private int syncId;
        private JsonNode changes;
        private Shown shown;

        Ui(int id, JsonNode uidl) {
            this.id = id;
            this.securityKey = uidl.path("Vaadin-Security-Key").asText();
            this.clientId = uidl.path("clientId").asInt();
            this.syncId = uidl.path("syncId").asInt();
        }

        void event(long node, String event, ObjectNode data) throws Exception {
            event(node, event, data, securityKey);
        }

        void event(long node, String event, ObjectNode data, String key) throws Exception {
            ObjectNode message = JSON.createObjectNode().put("csrfToken", key);
            message.putArray("rpc")
                    .addObject()
                    .put("type", "event")
                    .put("node", node)
                    .put("event", event)
                    .set("data", data);
            message.put("syncId", syncId).put("clientId", clientId);
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + id))
                            .POST(HttpRequest.BodyPublishers.ofString(message.toString()))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                shown = Shown.SERVER_ERROR;
                return;
            }
            String body = response.body().startsWith("for(;;);")
                    ? response.body().substring("for(;;);".length())
                    : response.body();
            JsonNode answer = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            answer = answer.isArray() ? answer.get(0) : answer;
            clientId = answer.path("clientId").asInt(clientId + 1);
            syncId = answer.path("syncId").asInt(syncId);
            changes = answer.path("changes");
            shown = answer.path("meta").has("appError") ? Shown.SERVER_ERROR : classify();
        }

        long nodeWithTag(String tag) {
            for (JsonNode change : changes) {
                if ("tag".equals(change.path("key").asText())
                        && tag.equals(change.path("value").asText())) {
                    return change.path("node").asLong();
                }
            }
            throw new AssertionError(name + ": no <" + tag + "> on the page");
        }

        private Shown classify() {
            List<String> texts = new ArrayList<>();
            boolean loginForm = false;
            boolean shell = false;
            for (JsonNode change : changes) {
                for (JsonNode added : change.path("add")) {
                    shell |= SHELLS.contains(added.asText());
                }
                String key = change.path("key").asText();
                if ("text".equals(key)) {
                    texts.add(change.path("value").asText());
                } else if ("tag".equals(key)
                        && "vaadin-login-form".equals(change.path("value").asText())) {
                    loginForm = true;
                }
            }
            if (texts.contains(HOST_MESSAGES.getString("error.server.title"))) {
                return Shown.SERVER_ERROR;
            }
            if (texts.contains(HOST_MESSAGES.getString("error.denied.title"))) {
                return Shown.DENIED;
            }
            if (texts.contains(HOST_MESSAGES.getString("error.notfound.title"))) {
                return Shown.NOT_FOUND;
            }
            return loginForm ? Shown.LOGIN : shell ? Shown.VIEW : Shown.NOTHING;
        }
    }
}
