package io.screenpop.sandbox.api;

import static io.restassured.RestAssured.given;
import static io.screenpop.sandbox.CwRequests.cw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.screenpop.sandbox.CwRequests;
import io.screenpop.sandbox.SandboxTestProfile;
import io.screenpop.sandbox.store.SandboxCollections;
import io.screenpop.sandbox.store.SandboxStore;

@QuarkusTest
@TestProfile(SandboxTestProfile.class)
class SandboxReadTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Inject
    SandboxStore store;

    private static String next(Response response) {
        String link = response.header("Link");
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        return m.find() ? m.group(1) : null;
    }

    private int contactCount() {
        return store.require(SandboxCollections.CONTACTS).size();
    }

    @Test
    void navigablePagingFollowsLinkHeadersToTheEnd() {
        List<Integer> ids = new ArrayList<>();
        Response response = cw().queryParam("pageSize", 700).queryParam("fields", "id").queryParam("page", 1)
                .get("/company/contacts");
        String link = response.header("Link");
        assertTrue(link.contains("rel=\"last\""), link);
        assertTrue(link.matches("^<http://localhost:\\d+/sandbox/connectwise/v4_6_release/apis/3\\.0/company/contacts\\?.*"), link);
        int pages = 0;
        while (true) {
            response.then().statusCode(200);
            pages++;
            ids.addAll(response.jsonPath().getList("id", Integer.class));
            String url = next(response);
            if (url == null) {
                break;
            }
            assertTrue(url.contains("pageSize=700") && url.contains("fields=id") && url.contains("page=" + (pages + 1)), url);
            response = CwRequests.cw().basePath("").urlEncodingEnabled(false).get(url);
        }
        assertEquals((contactCount() + 699) / 700, pages);
        assertEquals(contactCount(), ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i + 1, ids.get(i), "contacts come in id order without gaps or repeats");
        }
    }

    @Test
    void forwardOnlyPagingUsesPageIdUntilNoNextLink() {
        List<Integer> ids = new ArrayList<>();
        String conditions = "inactiveFlag = false";
        Response response = cw().header("pagination-type", "forward-only").queryParam("pageSize", 1000)
                .queryParam("conditions", conditions).queryParam("fields", "id,inactiveFlag").get("/company/contacts");
        int pages = 0;
        while (true) {
            response.then().statusCode(200);
            pages++;
            List<Integer> page = response.jsonPath().getList("id", Integer.class);
            ids.addAll(page);
            String url = next(response);
            if (url == null) {
                assertNull(response.header("Link"));
                break;
            }
            assertTrue(url.contains("pageId=" + page.get(page.size() - 1)), url);
            assertTrue(url.contains("conditions="), url);
            assertTrue(!url.contains("&page="), url);
            response = cw().basePath("").header("pagination-type", "forward-only").urlEncodingEnabled(false).get(url);
        }
        int active = cw().queryParam("conditions", conditions).get("/company/contacts/count").jsonPath().getInt("count");
        assertTrue(pages >= 3);
        assertEquals(active, ids.size());
        assertEquals(ids.stream().distinct().sorted().toList(), ids);
        assertTrue(active < contactCount(), "a few seeded contacts are inactive");
    }

    @Test
    void pageSizeDefaultsTo25AndIsCappedAt1000() {
        cw().get("/company/contacts").then().statusCode(200).body("$", hasSize(25))
                .header("Link", containsString("page=2>; rel=\"next\""));
        cw().queryParam("pageSize", 5000).get("/company/contacts").then().body("$", hasSize(1000));
        cw().queryParam("page", 9999).get("/company/contacts").then().statusCode(200).body("$", empty());
    }

    @Test
    void fieldsTrimToExactlyTheListedFieldsIncludingNestedOnes() {
        Map<String, Object> jane = cw().queryParam("conditions", "id = 1")
                .queryParam("fields", "firstName,company/name,communicationItems/value,_info/lastUpdated")
                .get("/company/contacts").then().statusCode(200).extract().jsonPath().getMap("[0]");
        assertEquals(List.of("firstName", "company", "communicationItems", "_info"), List.copyOf(jane.keySet()));
        assertEquals(Map.of("name", "ACME Corporation"), jane.get("company"));
        assertEquals(List.of(Map.of("value", "408.555.1213"), Map.of("value", "+1 (408) 555-7001"),
                Map.of("value", "jane.doe@acme.example")), jane.get("communicationItems"));
        assertEquals(1, ((Map<?, ?>) jane.get("_info")).size());
    }

    @Test
    void conditionsAndChildConditionsFilterLikeConnectWise() {
        cw().queryParam("childConditions", "communicationItems/value like \"%555-0175%\"")
                .queryParam("orderBy", "lastName desc").get("/company/contacts").then().statusCode(200)
                .body("firstName", equalTo(List.of("Bob", "Alice")));
        cw().queryParam("conditions", "company/id = 3 or company/id = 4").queryParam("fields", "id,company/identifier")
                .get("/company/contacts").then().body("company.identifier", equalTo(List.of("Initech", "Initrode")));
        cw().queryParam("conditions", "company = null and firstName = \"walk-IN\"").get("/company/contacts")
                .then().body("id", equalTo(List.of(9)));
        cw().queryParam("conditions", "identifier = \"acmecorp\"").get("/company/companies").then().body("id", equalTo(List.of(1)));
        cw().queryParam("conditions", "name like \"Tom & Jerry's <Script>%\"").get("/company/companies/count")
                .then().body("count", equalTo(1));
        cw().queryParam("conditions", "_info/lastUpdated > [2030-01-01T00:00:00Z]").get("/company/contacts/count")
                .then().body("count", equalTo(0));
    }

    @Test
    void malformedConditionsAre400InvalidObject() {
        cw().queryParam("conditions", "name = \"unterminated").get("/company/companies").then().statusCode(400)
                .body("code", equalTo("InvalidObject")).body("message", containsString("conditions"))
                .body("errors", empty());
        cw().queryParam("childConditions", "communicationItems/value like 5").get("/company/contacts").then().statusCode(400)
                .body("message", containsString("childConditions"));
        cw().queryParam("conditions", "nosuchfield = 1").get("/company/contacts").then().statusCode(400)
                .body("message", containsString("nosuchfield"));
        cw().queryParam("orderBy", "name sideways").get("/company/companies").then().statusCode(400);
    }

    @Test
    void getByIdAndNotFound() {
        cw().get("/company/companies/2").then().statusCode(200).body("identifier", equalTo("GlobexUK"))
                .body("country.name", equalTo("United Kingdom")).body("state", equalTo(""))
                .body("_info.lastUpdated", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        cw().get("/company/contacts/99999999").then().statusCode(404).body("code", equalTo("NotFound"))
                .body("message", containsString("not found")).body("errors", empty());
        cw().get("/company/nosuch").then().statusCode(404).body("code", equalTo("NotFound"));
    }

    @Test
    void communicationTypesFollowTheSchema() {
        cw().queryParam("conditions", "phoneFlag = true").queryParam("fields", "description")
                .get("/company/communicationTypes").then().statusCode(200)
                .body("description", equalTo(List.of("Direct", "Cell", "Mobile", "Home", "Phone", "Pager")));
        cw().get("/company/communicationTypes/7").then().body("description", equalTo("Email"))
                .body("emailFlag", equalTo(true)).body("name", nullValue());
    }

    @Test
    void contactCommunicationsAreListedWithContactId() {
        cw().get("/company/contacts/1/communications").then().statusCode(200)
                .body("contactId", equalTo(List.of(1, 1, 1)))
                .body("[0].type.name", equalTo("Direct")).body("[0].extension", equalTo("204"))
                .body("[2].communicationType", equalTo("Email"));
        cw().queryParam("conditions", "communicationType = \"Phone\"").get("/company/contacts/1/communications/count")
                .then().body("count", equalTo(2));
        cw().get("/company/contacts/99999999/communications").then().statusCode(404);
        given().get("/sandbox/connectwise/v4_6_release/apis/3.0/company/contacts/1/communications").then().statusCode(401);
        assertNotNull(store.get(SandboxCollections.CONTACTS, 1).orElseThrow().get("communicationItems"));
    }
}
