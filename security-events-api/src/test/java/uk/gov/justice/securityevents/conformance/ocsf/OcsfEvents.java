package uk.gov.justice.securityevents.conformance.ocsf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Hand-written OCSF 1.8.0 events used to test the validator: each is valid as written, and
 * {@link #mutate} derives invalid variants one change at a time.
 */
final class OcsfEvents {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OcsfEvents() {}

  /** The smallest valid Authentication (3002) Logon event. */
  static final String AUTHENTICATION =
      """
      {
        "activity_id": 1,
        "category_uid": 3,
        "class_uid": 3002,
        "type_uid": 300201,
        "severity_id": 1,
        "time": 1735689600000,
        "metadata": {
          "version": "1.8.0",
          "product": { "name": "security-events", "vendor_name": "Ministry of Justice" }
        },
        "user": { "uid": "u-1234" },
        "service": { "name": "login-service" }
      }
      """;

  /** Authentication with the host and datetime profiles, siblings and nested objects. */
  static final String AUTHENTICATION_WITH_PROFILES =
      """
      {
        "activity_id": 1,
        "activity_name": "Logon",
        "category_uid": 3,
        "category_name": "Identity & Access Management",
        "class_uid": 3002,
        "class_name": "Authentication",
        "type_uid": 300201,
        "type_name": "Authentication: Logon",
        "severity_id": 1,
        "severity": "Informational",
        "status_id": 2,
        "status": "Failure",
        "status_detail": "INVALID_CREDENTIALS",
        "time": 1735689600000,
        "time_dt": "2025-01-01T00:00:00.000Z",
        "timezone_offset": 0,
        "message": "Logon failed",
        "is_mfa": false,
        "auth_protocol_id": 99,
        "auth_protocol": "OIDC",
        "metadata": {
          "version": "1.8.0",
          "uid": "0b6e2d7e-3b0f-4a6e-9a8e-2f1f9d2c8a11",
          "profiles": ["host", "datetime"],
          "logged_time": 1735689600123,
          "logged_time_dt": "2025-01-01T00:00:00.123+00:00",
          "product": { "name": "security-events", "vendor_name": "Ministry of Justice", "version": "0.1.0" },
          "labels": ["test"]
        },
        "user": { "uid": "u-1234", "name": "alice", "type_id": 1, "type": "User", "email_addr": "alice@example.org" },
        "actor": { "user": { "uid": "u-1234" } },
        "device": { "type_id": 1, "type": "Server", "hostname": "app-1.example.org", "ip": "10.0.0.1" },
        "src_endpoint": { "ip": "2001:db8::1", "port": 51234 },
        "dst_endpoint": { "hostname": "login.example.org", "port": 443 },
        "observables": [ { "name": "src_endpoint.ip", "type_id": 2, "value": "2001:db8::1" } ],
        "enrichments": [ { "name": "ip", "value": "2001:db8::1", "data": { "asn": 64500, "tags": ["x"] } } ],
        "unmapped": { "anything": { "goes": [1, "two", null] } }
      }
      """;

  /** Group Management (3006) Add User. */
  static final String GROUP_MANAGEMENT =
      """
      {
        "activity_id": 3,
        "category_uid": 3,
        "class_uid": 3006,
        "type_uid": 300603,
        "severity_id": 1,
        "time": 1735689600000,
        "metadata": { "version": "1.8.0", "product": { "name": "security-events" } },
        "group": { "name": "admins", "uid": "g-1" },
        "user": { "name": "bob" },
        "actor": { "user": { "name": "alice" } }
      }
      """;

  /** Entity Management (3004) Create. */
  static final String ENTITY_MANAGEMENT =
      """
      {
        "activity_id": 1,
        "category_uid": 3,
        "class_uid": 3004,
        "type_uid": 300401,
        "severity_id": 2,
        "time": 1735689600000,
        "metadata": { "version": "1.8.0", "product": { "uid": "p-1" } },
        "entity": { "name": "case-42", "type": "Case" },
        "actor": { "app_name": "case-service" }
      }
      """;

  /** DNS Activity (4003) Query. */
  static final String DNS_ACTIVITY =
      """
      {
        "activity_id": 1,
        "category_uid": 4,
        "class_uid": 4003,
        "type_uid": 400301,
        "severity_id": 1,
        "time": 1735689600000,
        "metadata": { "version": "1.8.0", "product": { "name": "resolver" } },
        "src_endpoint": { "ip": "192.168.1.10", "port": 53000 },
        "query": { "hostname": "example.org", "type": "A", "class": "IN" },
        "answers": [ { "rdata": "93.184.215.14", "type": "A", "ttl": 300 } ],
        "rcode_id": 0,
        "rcode": "NoError"
      }
      """;

  /** Network Activity (4001) Open. */
  static final String NETWORK_ACTIVITY =
      """
      {
        "activity_id": 1,
        "category_uid": 4,
        "class_uid": 4001,
        "type_uid": 400101,
        "severity_id": 1,
        "time": 1735689600000,
        "metadata": { "version": "1.8.0", "product": { "name": "firewall" } },
        "src_endpoint": { "ip": "10.1.2.3", "port": 40000 },
        "dst_endpoint": { "ip": "::ffff:192.0.2.1", "port": 443 },
        "connection_info": { "direction_id": 2, "protocol_name": "tcp", "protocol_num": 6 }
      }
      """;

  /** API Activity (6003) Read. */
  static final String API_ACTIVITY =
      """
      {
        "activity_id": 2,
        "category_uid": 6,
        "class_uid": 6003,
        "type_uid": 600302,
        "severity_id": 1,
        "time": 1735689600000,
        "metadata": { "version": "1.8.0", "product": { "name": "case-api" } },
        "actor": { "user": { "uid": "u-1" } },
        "api": { "operation": "GET /cases/42", "request": { "uid": "req-1" } },
        "src_endpoint": { "ip": "10.0.0.7" },
        "http_request": { "http_method": "GET", "url": { "path": "/cases/42" } }
      }
      """;

  /** Detection Finding (2004) Create. */
  static final String DETECTION_FINDING =
      """
      {
        "activity_id": 1,
        "category_uid": 2,
        "class_uid": 2004,
        "type_uid": 200401,
        "severity_id": 4,
        "time": 1735689600000,
        "metadata": { "version": "1.8.0", "product": { "name": "detector" } },
        "finding_info": { "uid": "f-1", "title": "Brute force", "types": ["credential-access"] },
        "confidence_id": 2,
        "risk_score": 70
      }
      """;

  /** Account Change (3001) Password Change. */
  static final String ACCOUNT_CHANGE =
      """
      {
        "activity_id": 3,
        "category_uid": 3,
        "class_uid": 3001,
        "type_uid": 300103,
        "severity_id": 1,
        "time": 1735689600000,
        "metadata": { "version": "1.8.0", "product": { "name": "idp" } },
        "user": { "uid": "u-9", "account": { "uid": "acct-9", "type_id": 99, "type": "Custom" } }
      }
      """;

  /** Returns {@code json} after applying {@code change} to its parsed form. */
  static String mutate(String json, Consumer<ObjectNode> change) {
    try {
      ObjectNode event = (ObjectNode) MAPPER.readTree(json);
      change.accept(event);
      return MAPPER.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the object at a dotted path such as {@code metadata.product}. */
  static ObjectNode at(ObjectNode root, String dottedPath) {
    ObjectNode current = root;
    for (String step : dottedPath.split("\\.")) {
      current = (ObjectNode) current.get(step);
    }
    return current;
  }
}
