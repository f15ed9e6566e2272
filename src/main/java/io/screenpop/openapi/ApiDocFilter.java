package io.screenpop.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document ({@code mp.openapi.filter}): declares the security schemes of
 * {@link ApiSecurity}, and adds to every operation the answers its guards give, with their bodies as
 * examples, so no resource repeats them:
 * <ul>
 * <li>401 {@code {"error":"Unauthorized"}} wherever a key or a session is required;</li>
 * <li>429 with {@code Retry-After} on the machine endpoints (API key only: the per-key rate limit);</li>
 * <li>403 on writes a page makes with its CSRF token;</li>
 * <li>a "malformed JSON" 400 example on every operation that takes a JSON body (the lookup and 3CX
 * answer {@code error}/{@code message}, the write API {@code success}/{@code message}/{@code errors}).</li>
 * </ul>
 */
public class ApiDocFilter implements OASFilter {

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    static final String UNAUTHORIZED = "{\"error\":\"Unauthorized\"}";
    static final String TOO_MANY = "{\"error\":\"Too Many Requests\",\"message\":\"This API key is over its limit of 1000"
            + " requests a minute; retry in 3 s.\",\"retry_after_seconds\":3}";
    static final String FORBIDDEN = "{\"success\":false,\"message\":\"This form is out of date or came from another site."
            + " Reload the page and try again.\"}";
    static final String MALFORMED_MACHINE = "{\"error\":\"Malformed JSON\",\"message\":\"The request body is not the JSON"
            + " object this endpoint expects: Unexpected end-of-input\"}";
    static final String MALFORMED_WRITE = "{\"success\":false,\"message\":\"Malformed JSON: The request body is not the JSON"
            + " object this endpoint expects: Unexpected end-of-input. Nothing was changed.\",\"errors\":{\"body\":"
            + "\"is not valid JSON: Unexpected end-of-input\"}}";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSecurityScheme(ApiSecurity.API_KEY, apiKey("x-api-key", SecurityScheme.In.HEADER,
                "One of the keys in API_KEY (comma-separated, so keys can be rotated)."));
        components.addSecurityScheme(ApiSecurity.BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("Authorization: Bearer <one of the keys in API_KEY>."));
        components.addSecurityScheme(ApiSecurity.THREECX, apiKey("apikey", SecurityScheme.In.HEADER,
                "3CX's CRM template sends the key of its \"screenpop API key\" setting in the apikey header."));
        components.addSecurityScheme(ApiSecurity.SESSION, apiKey("q_session", SecurityScheme.In.COOKIE,
                "The agent's signed-in browser session (set by sign-in when SCREENPOP_AUTH enables it; with sign-in off"
                        + " the pages and their JSON are open)."));
        components.addSecurityScheme(ApiSecurity.CSRF, apiKey("X-CSRF-Token", SecurityScheme.In.HEADER,
                "Writes from the pages echo the screenpop_csrf cookie in X-CSRF-Token; tools send an API key instead."));
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                complete(path.getKey(), operation);
            }
        }
    }

    private static void complete(String path, Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity() == null ? List.of() : operation.getSecurity();
        boolean guarded = !security.isEmpty();
        boolean machineOnly = guarded && security.stream().noneMatch(r -> r.hasScheme(ApiSecurity.SESSION));
        boolean csrf = security.stream().anyMatch(r -> r.hasScheme(ApiSecurity.CSRF));
        if (guarded) {
            add(operation, "401", "No key, or a wrong one" + (machineOnly ? "" : ", and no signed-in session"),
                    "unauthorized", UNAUTHORIZED);
        }
        if (machineOnly) {
            APIResponse limited = add(operation, "429", "The key is over API_RATE_LIMIT_PER_MINUTE; wait Retry-After seconds",
                    "rateLimited", TOO_MANY);
            limited.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
        }
        if (csrf) {
            add(operation, "403", "A browser write without this page's CSRF token, or from another site", "csrf", FORBIDDEN);
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("application/json")) {
            boolean machine = path.startsWith("/api/lookup") || path.startsWith("/api/3cx");
            add(operation, "400", "Bad input", "malformedJson", machine ? MALFORMED_MACHINE : MALFORMED_WRITE);
        }
    }

    /** Adds an example answer, creating the response when the resource did not document it. */
    private static APIResponse add(Operation operation, String status, String description, String name, String body) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            operation.getResponses().addAPIResponse(status, response);
        }
        Content content = response.getContent() == null ? OASFactory.createContent() : response.getContent();
        MediaType json = content.getMediaType("application/json");
        if (json == null) {
            json = OASFactory.createMediaType();
            content.addMediaType("application/json", json);
        }
        if (json.getExamples() == null || !json.getExamples().containsKey(name)) {
            Example example = OASFactory.createExample().summary(description).value(parse(body));
            json.addExample(name, example);
        }
        response.setContent(content);
        return response;
    }

    private static SecurityScheme apiKey(String name, SecurityScheme.In in, String description) {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY).name(name).in(in).description(description);
    }

    private static Object parse(String json) {
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("example is not JSON: " + json, e);
        }
    }
}
