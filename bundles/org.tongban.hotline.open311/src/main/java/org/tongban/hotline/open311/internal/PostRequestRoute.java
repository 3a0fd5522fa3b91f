package org.tongban.hotline.open311.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.hotline.Caller;
import org.tongban.hotline.Channel;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.PublicHotline;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;
import org.tongban.hotline.open311.Open311Keys;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/open311/v2/requests.xml|json}: a client posts a request with its {@code api_key}. The key's account
 * is bound for the call, so the hotline checks {@code hotline:accept} at the place, audits and stores the ticket (channel
 * OPEN311) in one transaction, or refuses with nothing stored. The place's jurisdiction is {@code jurisdiction_id} or
 * the account's own.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = Open311Route.ROOT, anonymous = true)
public final class PostRequestRoute implements ApiRoute {
    private static final Logger LOG = LoggerFactory.getLogger(PostRequestRoute.class);

    private final HotlineService hotline;
    private final PublicHotline published;
    private final Open311Keys keys;
    private final Authenticator authenticator;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;

    @Activate
    public PostRequestRoute(
            @Reference HotlineService hotline,
            @Reference PublicHotline published,
            @Reference Open311Keys keys,
            @Reference Authenticator authenticator,
            @Reference AccessControl access,
            @Reference Jurisdictions jurisdictions) {
        this.hotline = hotline;
        this.published = published;
        this.keys = keys;
        this.authenticator = authenticator;
        this.access = access;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String segment = Open311Route.last(request);
        Format named = Format.of(segment);
        // Without .xml or .json there is no such resource, and the error takes the JSON form of the rest of the API.
        Format format = named == null ? Format.JSON : named;
        Locale locale = request.locale();
        try {
            if (named == null) {
                throw new Open311Error(404, Documents.text(locale, "open311.format", Open311Route.clip(segment)));
            }
            if (!Format.strip(segment).equals("requests")) {
                throw new Open311Error(
                        404, Documents.text(locale, "open311.notFound", Open311Route.clip(Format.strip(segment))));
            }
            Map<String, String> form = form(request);
            Optional<Object> session = keys.authenticate(form.get("api_key"));
            if (session.isEmpty()) {
                throw new Open311Error(403, Documents.text(locale, "open311.apiKey"));
            }
            NewTicket ticket = new PostedRequest(form, locale, published).ticket();
            authenticator.bind(session.get());
            try {
                Ticket received = hotline.receive(withPlace(ticket, form.get("jurisdiction_id"), locale));
                return format.answer(
                        200, "service_requests", "request", List.of(Documents.created(received.number(), locale)));
            } finally {
                authenticator.bind(null);
            }
        } catch (Open311Error e) {
            return e.answer(format);
        } catch (AccessDeniedException e) {
            return new Open311Error(403, e.message(locale)).answer(format);
        } catch (RuntimeException e) {
            if (e instanceof Localized localized) {
                return new Open311Error(400, localized.message(locale)).answer(format);
            }
            LOG.error("Open311 POST requests failed", e);
            return new Open311Error(500, "Internal error").answer(format);
        }
    }

    /** The place's jurisdiction: the one asked for, else the home of the key's account (bound by now). */
    private NewTicket withPlace(NewTicket t, String jurisdictionId, Locale locale) {
        String code = jurisdictionId == null || jurisdictionId.isBlank()
                ? access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null)
                : jurisdictionId.strip();
        if (code == null || jurisdictions.find(code).isEmpty()) {
            throw new Open311Error(
                    404,
                    Documents.text(locale, "open311.jurisdiction", Open311Route.clip(String.valueOf(jurisdictionId))));
        }
        Place p = t.place();
        return new NewTicket(
                Channel.OPEN311,
                t.type(),
                Urgency.NORMAL,
                new Place(p.address(), p.latitude(), p.longitude(), code),
                t.caller(),
                t.description(),
                t.categoryCode());
    }

    /** The form's fields: the host's parsed parameters, or the body when it arrived unparsed. */
    static Map<String, String> form(ApiRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        request.parameters().forEach((k, v) -> {
            if (v.length > 0) {
                form.put(k, v[0]);
            }
        });
        String body = new String(request.body(), StandardCharsets.UTF_8).strip();
        if (!body.isEmpty() && !body.startsWith("{")) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.putIfAbsent(k, v);
            }
        }
        return form;
    }

    @Override
    public String openApi() {
        return OpenApi.POST;
    }

    static Caller caller(Map<String, String> form, boolean confidential) {
        String name = ((form.getOrDefault("first_name", "") + " " + form.getOrDefault("last_name", "")).strip());
        return new Caller(name.isEmpty() ? null : name, form.get("phone"), confidential);
    }

    static TicketType type(String value) {
        return value == null || value.isBlank() ? TicketType.COMPLAINT : TicketType.valueOf(value.strip());
    }
}
