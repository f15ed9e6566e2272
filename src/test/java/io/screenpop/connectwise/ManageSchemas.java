package io.screenpop.connectwise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The official ConnectWise request-body schemas (vendored from connectwise-rest@1.3.0's
 * {@code ManageTypes.ts}, see {@code src/test/resources/connectwise-schema/README.md}) and which
 * one each write of this service must match.
 */
public final class ManageSchemas {

    private record Route(String method, Pattern path, String schema, boolean array) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("POST", Pattern.compile("/company/companies"), "Company", false),
            new Route("POST", Pattern.compile("/company/contacts"), "Contact", false),
            new Route("POST", Pattern.compile("/company/contacts/\\d+/communications"), "ContactCommunicationItem", false),
            new Route("POST", Pattern.compile("/service/tickets"), "Ticket", false),
            new Route("POST", Pattern.compile("/service/tickets/\\d+/notes"), "ServiceNote", false),
            new Route("POST", Pattern.compile("/time/entries"), "TimeEntry", false),
            new Route("POST", Pattern.compile("/sales/activities"), "Activity", false),
            new Route("POST", Pattern.compile("/system/callbacks"), "CallbackEntry", false),
            new Route("PATCH", Pattern.compile("/[a-z]+/[A-Za-z]+/\\d+"), "PatchOperation", true));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DOCUMENT = load();

    private ManageSchemas() {
    }

    /**
     * @param method  HTTP method
     * @param apiPath path relative to the API base, e.g. {@code /company/contacts/5/communications}
     * @param body    the JSON body as sent
     * @return the violations, empty when the body matches the official schema; a write to a path
     *         without a known schema is a violation too
     */
    public static List<String> violations(String method, String apiPath, JsonNode body) {
        for (Route route : ROUTES) {
            if (route.method().equalsIgnoreCase(method) && route.path().matcher(apiPath).matches()) {
                ObjectMapper m = JSON;
                var root = m.createObjectNode();
                root.put("$schema", "http://json-schema.org/draft-07/schema#");
                root.set("definitions", DOCUMENT.get("definitions"));
                var ref = m.createObjectNode().put("$ref", "#/definitions/" + route.schema());
                if (route.array()) {
                    root.put("type", "array");
                    root.set("items", ref);
                } else {
                    root.put("$ref", "#/definitions/" + route.schema());
                }
                JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                        .getSchema(root, SchemaValidatorsConfig.builder().build());
                return schema.validate(body).stream().map(ValidationMessage::getMessage).sorted().toList();
            }
        }
        return List.of("no official schema is known for " + method + " " + apiPath);
    }

    private static JsonNode load() {
        try (InputStream in = ManageSchemas.class.getResourceAsStream("/connectwise-schema/manage-schemas.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
