package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Validates plan JSON against the output contract packaged at {@value #SCHEMA_RESOURCE} (JSON Schema draft
 * 2020-12). The schema is loaded and compiled once, in the constructor; {@link #validate} is thread-safe.
 */
public final class SchemaValidator {
  static final String SCHEMA_RESOURCE = "/org/kehoach/schema/plan.schema.json";

  private final JsonSchema schema;

  /**
   * @throws UncheckedIOException when the packaged schema is missing or unreadable (a broken build)
   */
  public SchemaValidator(ObjectMapper mapper) {
    Objects.requireNonNull(mapper, "mapper");
    JsonNode schemaNode;
    try (InputStream in = SchemaValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IOException("schema resource " + SCHEMA_RESOURCE + " is not on the classpath");
      }
      schemaNode = mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the plan schema: " + e.getMessage(), e);
    }
    // Locale.ROOT: messages must not depend on the machine's language; JSON paths read "$.targets[0].unit"
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().locale(Locale.ROOT).pathType(PathType.JSON_PATH).build();
    // the schema's "$id" is relative; its packaged location is the base it resolves against
    SchemaLocation base = SchemaLocation.of("classpath:" + SCHEMA_RESOURCE.substring(1));
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(base, schemaNode, config);
    schema.initializeValidators();
  }

  /**
   * Validates one plan.
   *
   * @return one line per violation, "$.json.path: message", sorted; empty when the plan conforms
   */
  public List<String> validate(JsonNode plan) {
    Objects.requireNonNull(plan, "plan");
    return schema.validate(plan).stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
