package io.screenpop.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.specification.RequestSpecification;

/** Helpers for the JSON write API and the ConnectWise writes it causes. */
public final class Writes {

    private Writes() {
    }

    /** @return a form request authenticated as a tool (API key), so CSRF does not apply */
    public static RequestSpecification tool() {
        return given().header("x-api-key", Sandbox.API_KEY).contentType("application/x-www-form-urlencoded");
    }

    /** @return the ConnectWise writes (POST, PATCH, PUT, DELETE) the sandbox recorded since the last clear */
    public static List<Map<String, Object>> cwWrites() {
        return Sandbox.requests().stream().filter(r -> !"GET".equals(r.get("method"))).toList();
    }

    /**
     * @param name         company name
     * @param contactPhone the primary contact's number
     * @return a valid {@code POST /api/companies/create} form (main line (415) 555-0100, territory Main)
     */
    public static Map<String, Object> companyForm(String name, String contactPhone) {
        Map<String, Object> form = new java.util.HashMap<>();
        form.put("name", name);
        form.put("address", "1 Market St");
        form.put("city", "San Francisco");
        form.put("state", "CA");
        form.put("zip_code", "94105");
        form.put("company_phone", "(415) 555-0100");
        form.put("territory", "Main");
        form.put("first_name", "Dana");
        form.put("last_name", "Reyes");
        form.put("email", "dana@example.com");
        form.put("phone", contactPhone);
        return form;
    }

    /** @return the recorded requests with this method whose path ends with the suffix */
    public static List<Map<String, Object>> cwCalls(String method, String pathSuffix) {
        return Sandbox.requests().stream()
                .filter(r -> method.equals(r.get("method")) && String.valueOf(r.get("path")).endsWith(pathSuffix)).toList();
    }
}
