package uk.gov.justice.securityevents.conformance.ocsf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.conformance.ocsf.OcsfAttribute.Requirement;

/** Checks that the schema compiler resolves the OCSF source data the way the OCSF server does. */
class OcsfSchemaTest {

  private final OcsfSchema schema = OcsfSchema.load("1.8.0");

  private OcsfClass authentication() {
    return schema.findClass(3002).orElseThrow();
  }

  @Test
  void loadsVersionAndIsCached() {
    assertThat(schema.version()).isEqualTo("1.8.0");
    assertThat(OcsfSchema.load("1.8.0")).isSameAs(schema);
  }

  @Test
  void compilesEveryConcreteClassIncludingBaseEvent() {
    // 75 classes with a uid plus base_event (class_uid 0).
    assertThat(schema.classes()).hasSize(76);
    assertThat(schema.findClass(0)).get().extracting(OcsfClass::name).isEqualTo("base_event");
    assertThat(schema.findClass(3000)).isEmpty(); // the iam category base is not a class
  }

  @Test
  void computesClassUidFromCategory() {
    OcsfClass authentication = authentication();
    assertThat(authentication.name()).isEqualTo("authentication");
    assertThat(authentication.caption()).isEqualTo("Authentication");
    assertThat(authentication.categoryUid()).isEqualTo(3);
    assertThat(authentication.categoryName()).isEqualTo("iam");
    assertThat(schema.findClass(2004)).get().extracting(OcsfClass::name).isEqualTo("detection_finding");
    assertThat(schema.findClass(6003)).get().extracting(OcsfClass::name).isEqualTo("api_activity");
  }

  @Test
  void inheritsAttributesFromBaseEventAndCategory() {
    var attributes = authentication().attributes();
    assertThat(attributes.get("time").requirement()).isEqualTo(Requirement.REQUIRED); // base_event
    assertThat(attributes.get("metadata").type()).isEqualTo("metadata");
    assertThat(attributes).containsKey("src_endpoint"); // iam
    assertThat(attributes.get("user").requirement()).isEqualTo(Requirement.REQUIRED); // own
  }

  @Test
  void mergesClassEnumWithBaseEnum() {
    assertThat(authentication().attributes().get("activity_id").enumValues())
        .containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6", "7", "99");
  }

  @Test
  void tagsIncludedProfileAttributes() {
    var attributes = authentication().attributes();
    assertThat(attributes.get("device").profile()).isEqualTo("host");
    assertThat(attributes.get("cloud").profile()).isEqualTo("cloud");
    assertThat(attributes.get("cloud").requirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(attributes.get("is_alert").profile()).isEqualTo("security_control");
    // iam re-declares actor with "profile": null, so it is always available there.
    assertThat(attributes.get("actor").profile()).isNull();
    assertThat(schema.findClass(4001).orElseThrow().attributes().get("actor").profile()).isEqualTo("host");
  }

  @Test
  void readsExplicitProfileOnObjectAttributes() {
    assertThat(schema.findObject("resource_details").orElseThrow().attributes().get("region").profile())
        .isEqualTo("cloud");
  }

  @Test
  void addsDatetimeSiblingsForTimestamps() {
    OcsfAttribute timeDt = authentication().attributes().get("time_dt");
    assertThat(timeDt.type()).isEqualTo("datetime_t");
    assertThat(timeDt.profile()).isEqualTo("datetime");
    assertThat(timeDt.requirement()).isEqualTo(Requirement.OPTIONAL);
    assertThat(schema.findObject("metadata").orElseThrow().attributes()).containsKey("logged_time_dt");
    assertThat(authentication().attributes()).doesNotContainKey("severity_id_dt");
  }

  @Test
  void resolvesObjectExtendsIncludingConstraints() {
    OcsfObject product = schema.findObject("product").orElseThrow();
    assertThat(product.attributes()).containsKeys("name", "uid", "vendor_name");
    assertThat(product.constraints().atLeastOne()).containsExactly("name", "uid");
    OcsfObject device = schema.findObject("device").orElseThrow();
    assertThat(device.attributes()).containsKeys("ip", "hostname", "type_id"); // via endpoint
    assertThat(schema.findObject("_entity")).isEmpty();
    assertThat(schema.findObject("object")).get().matches(OcsfObject::isFreeForm);
  }

  @Test
  void resolvesDictionaryTypes() {
    assertThat(schema.findDataType("port_t").orElseThrow())
        .returns("integer_t", OcsfDataType::primitive)
        .returns(0L, OcsfDataType::min)
        .returns(65535L, OcsfDataType::max);
    assertThat(schema.findDataType("integer_t").orElseThrow())
        .returns((long) Integer.MIN_VALUE, OcsfDataType::min)
        .returns((long) Integer.MAX_VALUE, OcsfDataType::max);
    assertThat(schema.findDataType("timestamp_t").orElseThrow().primitive()).isEqualTo("long_t");
    assertThat(schema.findDataType("datetime_t").orElseThrow().primitive()).isEqualTo("string_t");
    assertThat(schema.findDataType("ip_t").orElseThrow().maxLength()).isEqualTo(40);
    assertThat(schema.findDataType("uuid_t").orElseThrow().regex()).isNotNull();
    assertThat(schema.findDataType("long_t").orElseThrow().min()).isNull();
  }

  @Test
  void marksDeprecatedClasses() {
    assertThat(schema.findClass(5007).orElseThrow().isDeprecated()).isTrue(); // file_query
    assertThat(authentication().isDeprecated()).isFalse();
  }

  @Test
  void listsProfiles() {
    assertThat(schema.profileNames())
        .contains("host", "datetime", "cloud", "security_control", "trace", "osint");
  }

  @Test
  void generatesObservableTypeIds() {
    assertThat(schema.findObject("observable").orElseThrow().attributes().get("type_id").enumValues())
        .contains("0", "1", "2", "20", "21", "99");
  }

  @Test
  void everyObjectTypedAttributeResolves() {
    schema.classes().forEach(c -> c.attributes().values().stream()
        .filter(OcsfAttribute::objectType)
        .forEach(a -> assertThat(schema.findObject(a.type())).as(c.name() + "." + a.name()).isPresent()));
    schema.classes().forEach(c -> c.attributes().values().stream()
        .filter(a -> !a.objectType())
        .forEach(a -> assertThat(schema.findDataType(a.type())).as(c.name() + "." + a.name()).isPresent()));
  }
}
