package io.screenpop.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.screenpop.signin.AdminOnly;
import io.screenpop.security.ApiKeyRequired;
import io.screenpop.security.CsrfProtected;

/**
 * The published OpenAPI document ({@code /q/openapi}) against the service's own JAX-RS routes, found
 * reflectively from every resource class outside the sandbox: each route is in the document with a
 * summary and at least one example answer, guarded routes name their security scheme, and no
 * sandbox route appears. A new endpoint without {@code @Operation}/{@code @APIResponse} fails here.
 */
@QuarkusTest
class OpenApiDocumentTest {

    /** One JAX-RS route: HTTP method, path with plain {@code {params}}, and its resource method. */
    record Route(String method, String path, Method javaMethod) {
        boolean guarded() {
            return has(ApiKeyRequired.class) || has(AdminOnly.class) || has(CsrfProtected.class);
        }

        boolean has(Class<? extends Annotation> a) {
            return javaMethod.isAnnotationPresent(a) || javaMethod.getDeclaringClass().isAnnotationPresent(a);
        }
    }

    static List<Route> routes() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        List<Route> routes = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve("io/screenpop"))) {
            files = walk.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            if (name.startsWith("io.screenpop.sandbox.")) {
                continue;
            }
            Class<?> type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
            jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (base == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue; // REST clients are interfaces: ConnectWise's and OpenPhone's API, not ours
            }
            for (Method m : type.getDeclaredMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                    if (http == null || !Modifier.isPublic(m.getModifiers())) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    routes.add(new Route(http.value().toLowerCase(Locale.ROOT), path(base.value(), sub == null ? "" : sub.value()), m));
                }
            }
        }
        return routes;
    }

    private static String path(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        joined = joined.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static JsonPath document() {
        return given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyRouteIsDocumentedWithASummaryAndAnExampleAnswer() throws Exception {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<Route> routes = routes();
        assertTrue(routes.size() >= 30, "the scan found the resources: " + routes);
        List<String> missing = new ArrayList<>();
        for (Route r : routes) {
            Map<String, Object> operation = paths.getOrDefault(r.path(), Map.of()).get(r.method());
            String where = r.method().toUpperCase(Locale.ROOT) + " " + r.path() + " (" + r.javaMethod().getDeclaringClass()
                    .getSimpleName() + "." + r.javaMethod().getName() + ")";
            if (operation == null) {
                missing.add(where + ": not in the document");
                continue;
            }
            if (operation.get("summary") == null) {
                missing.add(where + ": no summary");
            }
            if (!hasExampleAnswer(operation)) {
                missing.add(where + ": no example answer");
            }
            if (r.guarded() && (operation.get("security") == null || ((List<?>) operation.get("security")).isEmpty())) {
                missing.add(where + ": guarded but names no security scheme");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
        assertFalse(paths.keySet().stream().anyMatch(p -> p.startsWith("/sandbox")), "no sandbox route: " + paths.keySet());
    }

    @SuppressWarnings("unchecked")
    private static boolean hasExampleAnswer(Map<String, Object> operation) {
        Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
        if (responses == null) {
            return false;
        }
        for (Map<String, Object> response : responses.values()) {
            Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.get("content");
            if (content != null && content.values().stream()
                    .anyMatch(media -> media.get("example") != null || media.get("examples") instanceof Map<?, ?> ex && !ex.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void openApi31WithTheSecuritySchemesAndTheSharedAnswers() {
        JsonPath doc = document();
        assertTrue(doc.getString("openapi").startsWith("3.1"), doc.getString("openapi"));
        assertEquals("header", doc.getString("components.securitySchemes.apiKey.in"));
        assertEquals("x-api-key", doc.getString("components.securitySchemes.apiKey.name"));
        assertEquals("bearer", doc.getString("components.securitySchemes.bearer.scheme"));
        assertEquals("apikey", doc.getString("components.securitySchemes.apikeyHeader.name"));
        assertEquals("cookie", doc.getString("components.securitySchemes.session.in"));

        String lookup = "paths.'/api/lookup'.get";
        assertEquals(List.of(Map.of("apiKey", List.of()), Map.of("bearer", List.of())), doc.getList(lookup + ".security"));
        assertEquals(true, doc.get(lookup + ".responses.'200'.content.'application/json'.examples.found.value.found"));
        assertEquals(false, doc.get(lookup + ".responses.'404'.content.'application/json'.examples.notFound.value.found"));
        assertNotNull(doc.get(lookup + ".responses.'400'.content.'application/json'.examples.missingNumber.value.error"));
        assertEquals("Unauthorized", doc.get(lookup + ".responses.'401'.content.'application/json'.examples.unauthorized.value.error"));
        assertEquals("Too Many Requests", doc.get(lookup + ".responses.'429'.content.'application/json'.examples.rateLimited.value.error"));
        assertEquals("Malformed JSON", doc.get("paths.'/api/lookup'.post.responses.'400'.content.'application/json'.examples.malformedJson.value.error"));
        assertEquals(List.of(Map.of("apikeyHeader", List.of())), doc.getList("paths.'/api/3cx/crm'.post.security"));

        String logChange = "paths.'/api/tickets/{id}/log-change'.post";
        assertNotNull(doc.get(logChange + ".requestBody.content.'application/json'.examples.seed001.value.noteText"));
        assertNotNull(doc.get(logChange + ".requestBody.content.'application/x-www-form-urlencoded'"));
        assertEquals(false, doc.get(logChange + ".responses.'400'.content.'application/json'.examples.malformedJson.value.success"));
        assertNotNull(doc.get(logChange + ".responses.'403'"));
        assertTrue(doc.get(logChange + ".responses.'429'") == null, "writes are not rate limited per key");
        assertEquals(List.of(Map.of("session", List.of())), doc.getList("paths.'/screenpop'.get.security"));
    }

    @Test
    void swaggerUiIsServedAtApiDocsWithItsOwnPolicy() {
        given().redirects().follow(true).get("/api/docs").then().statusCode(200).body(containsString("swagger-ui"));
        given().get("/api/docs/").then().statusCode(200).body(containsString("/q/openapi"))
                .body(containsString("supportedSubmitMethods: ['trace']")) // read-only: no operation may be tried out
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"));
        given().get("/").then().header("Content-Security-Policy", startsWith("default-src 'self'; script-src 'self';"));
    }
}
