package uk.gov.justice.securityevents.internal.ocsf;

import java.util.List;
import uk.gov.justice.securityevents.model.Actor;
import uk.gov.justice.securityevents.model.Application;
import uk.gov.justice.securityevents.model.AuthFactor;
import uk.gov.justice.securityevents.model.Device;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.Group;
import uk.gov.justice.securityevents.model.HttpRequestInfo;
import uk.gov.justice.securityevents.model.Resource;
import uk.gov.justice.securityevents.model.Session;
import uk.gov.justice.securityevents.model.User;

/** Writes the shared value types as OCSF objects, in a fixed field order. */
public final class Models {
    private Models() {
    }

    /** {@code user} object. */
    public static void user(JsonOut out, String name, User u) {
        if (u == null) {
            return;
        }
        out.begin(name).str("uid", u.uid()).str("name", u.name());
        if (u.type() != null) {
            out.num("type_id", u.type().id()).str("type", u.type().caption());
        }
        out.str("domain", u.domain()).str("email_addr", u.emailAddress()).str("credential_uid", u.credentialUid());
        if (!u.groups().isEmpty()) {
            out.beginArray("groups");
            for (Group g : u.groups()) {
                groupBody(out.begin(), g);
                out.end();
            }
            out.endArray();
        }
        out.end();
    }

    /** {@code actor} object. */
    public static void actor(JsonOut out, Actor a) {
        if (a == null) {
            return;
        }
        out.begin("actor");
        user(out, "user", a.user());
        out.str("app_name", a.appName());
        if (a.sessionUid() != null) {
            out.begin("session").str("uid", a.sessionUid()).end();
        }
        out.end();
    }

    /** {@code group} object. */
    public static void group(JsonOut out, String name, Group g) {
        if (g != null) {
            groupBody(out.begin(name), g);
            out.end();
        }
    }

    private static void groupBody(JsonOut out, Group g) {
        out.str("uid", g.uid()).str("name", g.name()).str("type", g.type()).str("domain", g.domain())
                .strings("privileges", g.privileges());
    }

    /** Network endpoint object. */
    public static void endpoint(JsonOut out, String name, Endpoint e) {
        if (e == null) {
            return;
        }
        out.begin(name).str("ip", e.ip()).num("port", e.port()).str("hostname", e.hostname())
                .str("svc_name", e.serviceName()).end();
    }

    /** {@code session} object, with an optional expiry reason. */
    public static void session(JsonOut out, Session s, String expirationReason) {
        if (s == null && expirationReason == null) {
            return;
        }
        out.begin("session");
        if (s != null) {
            out.str("uid", s.uid()).time("created_time", s.createdTime())
                    .time("expiration_time", s.expirationTime());
        }
        out.str("expiration_reason", expirationReason);
        if (s != null) {
            out.text("issuer", s.issuer()).bool("is_remote", s.remote()).bool("is_mfa", s.mfa());
        }
        out.end();
    }

    /** {@code auth_factors} array. */
    public static void authFactors(JsonOut out, List<AuthFactor> factors) {
        if (factors.isEmpty()) {
            return;
        }
        out.beginArray("auth_factors");
        for (AuthFactor f : factors) {
            out.begin().num("factor_type_id", f.type().id()).str("factor_type", f.type().caption())
                    .str("provider", f.provider()).end();
        }
        out.endArray();
    }

    /** {@code device} object. */
    public static void device(JsonOut out, Device d) {
        if (d == null) {
            return;
        }
        out.begin("device").num("type_id", d.type().id()).str("type", d.type().caption())
                .str("hostname", d.hostname()).str("uid", d.uid()).str("ip", d.ip()).str("region", d.region())
                .end();
    }

    /** Product object ({@code app}). */
    public static void application(JsonOut out, String name, Application a) {
        if (a == null) {
            return;
        }
        out.begin(name).str("name", a.name()).str("version", a.version()).str("vendor_name", a.vendorName())
                .str("uid", a.uid()).end();
    }

    /** {@code http_request} object. */
    public static void httpRequest(JsonOut out, HttpRequestInfo r) {
        if (r == null) {
            return;
        }
        out.begin("http_request").str("http_method", r.method());
        if (r.url() != null) {
            out.begin("url").text("url_string", r.url()).end();
        }
        out.text("user_agent", r.userAgent()).num("length", r.length()).end();
    }

    /** {@code managed_entity} object ({@code entity}, {@code entity_result}). */
    public static void entity(JsonOut out, String name, Resource r, Integer typeId, String typeCaption) {
        if (r == null) {
            return;
        }
        out.begin(name).str("uid", r.uid()).str("name", r.name());
        if (typeId != null) {
            out.num("type_id", typeId);
        }
        out.str("type", typeCaption != null ? typeCaption : r.type()).str("version", r.version());
        if (r.region() != null) {
            out.begin("data").str("region", r.region()).end();
        }
        out.end();
    }

    /**
     * Security-control decision ({@code security_control} profile): {@code action_id}/{@code action} and
     * {@code disposition_id}/{@code disposition}, each only when set.
     */
    public static void securityControl(JsonOut out, Integer actionId, Integer dispositionId) {
        if (actionId != null) {
            out.num("action_id", actionId).str("action", SECURITY_ACTIONS.getOrDefault(actionId, "Other"));
        }
        if (dispositionId != null) {
            out.num("disposition_id", dispositionId)
                    .str("disposition", DISPOSITIONS.getOrDefault(dispositionId, "Other"));
        }
    }

    /** OCSF 1.8.0 {@code action_id} captions. */
    private static final java.util.Map<Integer, String> SECURITY_ACTIONS = java.util.Map.of(0, "Unknown",
            1, "Allowed", 2, "Denied", 3, "Observed", 4, "Modified", 99, "Other");

    /** OCSF 1.8.0 {@code disposition_id} captions of the values the SDK emits. */
    private static final java.util.Map<Integer, String> DISPOSITIONS = java.util.Map.of(1, "Allowed", 2, "Blocked",
            3, "Quarantined", 6, "Dropped", 15, "Detected", 17, "Logged", 21, "Reset", 26, "Unauthorized",
            99, "Other");

    /** {@code http_response} object; OCSF requires its {@code code}, so nothing is written without one. */
    public static void httpResponse(JsonOut out, Integer code, Long length, Long latencyMillis) {
        if (code == null) {
            return;
        }
        out.begin("http_response").num("code", code).num("length", length).num("latency", latencyMillis).end();
    }

    /** {@code resources} array of {@code resource_details}. */
    public static void resources(JsonOut out, List<Resource> resources) {
        if (resources.isEmpty()) {
            return;
        }
        out.beginArray("resources");
        for (Resource r : resources) {
            out.begin().str("uid", r.uid()).str("name", r.name()).str("type", r.type()).str("version", r.version())
                    .end();
        }
        out.endArray();
    }
}
