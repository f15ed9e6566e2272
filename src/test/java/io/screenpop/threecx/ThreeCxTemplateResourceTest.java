package io.screenpop.threecx;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.screenpop.support.Sandbox;

/**
 * The 3CX CRM template download: well-formed XML naming this server, and every scenario's request
 * played against the live routes the way 3CX would send it.
 */
@QuarkusTest
class ThreeCxTemplateResourceTest {

    @Test
    void templateIsWellFormedAndNamesThisServer() throws Exception {
        String xml = given().header("apikey", Sandbox.API_KEY).get("/integrations/3cx/template.xml").then()
                .statusCode(200).contentType("application/xml")
                .header("Content-Disposition", "attachment; filename=\"screenpop-3cx.xml\"")
                .extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        XPath xpath = XPathFactory.newInstance().newXPath();

        assertEquals("Crm", doc.getDocumentElement().getNodeName());
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        assertEquals(base, xpath.evaluate("/Crm/Parameters/Parameter[@Name='BaseUrl']/@Default", doc));
        assertEquals("[BaseUrl]/api/3cx/crm", xpath.evaluate("/Crm/Scenarios/Scenario[@Id='']/Request/@Url", doc));
        assertEquals("[BaseUrl]/api/3cx/journal",
                xpath.evaluate("/Crm/Scenarios/Scenario[@Id='ReportCall']/Request/@Url", doc));
        assertEquals("[ApiKey]", xpath.evaluate("/Crm/Scenarios/Scenario[@Id='']/Request/Headers/Value[@Key='apikey']", doc));
        assertEquals("[Number]", xpath.evaluate("/Crm/Scenarios/Scenario[@Id='']/Request/PostValues/Value[@Key='number']", doc));
        assertEquals("contact_id", xpath.evaluate("//Scenario[@Id='']/Variables/Variable[@Name='ContactID']/@Path", doc));
        assertEquals("[IIf([ContactID]!=\"\",[ContactID],[CompanyID])]",
                xpath.evaluate("//Scenario[@Id='']/Outputs/Output[@Type='EntityId']/@Value", doc), "quotes survive escaping");
        List<String> journalKeys = new ArrayList<>();
        NodeList values = (NodeList) xpath.evaluate("//Scenario[@Id='ReportCall']/Request/PostValues/Value/@Key", doc,
                XPathConstants.NODESET);
        for (int i = 0; i < values.getLength(); i++) {
            journalKeys.add(values.item(i).getNodeValue());
        }
        assertEquals(List.of("number", "agent", "call_type", "start", "duration"), journalKeys);
        assertTrue(xml.contains("&quot;") || xml.contains("'"), "attribute quotes are escaped by the writer");
    }

    @Test
    void keyInAHeaderWorksAndNoKeyIs401() {
        given().header("x-api-key", "test-key-2").get("/integrations/3cx/template.xml").then().statusCode(200);
        given().header("Authorization", "Bearer test-key-2").get("/integrations/3cx/template.xml").then().statusCode(200);
        given().get("/integrations/3cx/template.xml").then().statusCode(401);
        given().header("x-api-key", "wrong").get("/integrations/3cx/template.xml").then().statusCode(401);
    }

    @Test
    void aKeyInTheQueryStringIsNeverRead() {
        given().queryParam("apikey", Sandbox.API_KEY).get("/integrations/3cx/template.xml").then().statusCode(401);
        given().queryParam("apikey", Sandbox.API_KEY).contentType("application/json").body("{\"number\":\"4085551212\"}")
                .post("/api/3cx/crm").then().statusCode(401);
    }

    /** What 3CX puts in each of its variables the template uses, per scenario where it matters. */
    private static String sample(String scenario, String variable) {
        if (scenario.equals("CreateContactRecordFromClient")) {
            switch (variable) {
                case "FirstName": return "Tess";
                case "LastName": return "Template";
                case "Number": return "+16515550177";
                case "Email": return "tess.template@acme.example";
                case "Company": return "ACME Corporation";
                default: break;
            }
        }
        return switch (variable) {
            case "Number" -> "+14085551213";
            case "SearchText" -> "Jane Doe";
            case "Email" -> "jane.doe@acme.example";
            case "Agent" -> "204";
            case "CallType" -> "Inbound";
            case "CallStartTimeUTC" -> "2025-06-02T15:04:05Z";
            case "Duration" -> "00:03:12";
            default -> throw new AssertionError("scenario " + scenario + " uses [" + variable
                    + "], which is not a 3CX variable this test knows");
        };
    }

    private static final Pattern VARIABLE = Pattern.compile("\\[([A-Za-z]+)\\]");

    @Test
    void everyScenarioCallsALiveRouteAsThreeCxWould() throws Exception {
        String xml = given().header("x-api-key", Sandbox.API_KEY).get("/integrations/3cx/template.xml").then()
                .statusCode(200).extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        XPath xpath = XPathFactory.newInstance().newXPath();

        assertEquals("Plus", xpath.evaluate("/Crm/Number/@Prefix", doc), "the number keeps its + (00 becomes +)");
        assertEquals("", xpath.evaluate("/Crm/Number/@MaxLength", doc), "an empty MaxLength keeps every digit");

        NodeList scenarios = (NodeList) xpath.evaluate("/Crm/Scenarios/Scenario", doc, XPathConstants.NODESET);
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < scenarios.getLength(); i++) {
            Element scenario = (Element) scenarios.item(i);
            String id = scenario.getAttribute("Id");
            ids.add(id);
            Element request = (Element) xpath.evaluate("Request", scenario, XPathConstants.NODE);
            String url = request.getAttribute("Url");
            assertTrue(url.startsWith("[BaseUrl]/"), id + ": " + url);
            String path = url.substring("[BaseUrl]".length());
            assertTrue(path.matches("/[a-z0-9/]+"), id + ": values go in the JSON body, never in the URL: " + url);
            assertEquals("Post", request.getAttribute("RequestType"), id);
            assertEquals("Json", request.getAttribute("RequestEncoding"), id);
            assertEquals("[ApiKey]", xpath.evaluate("Headers/Value[@Key='apikey']", request), id);

            Map<String, String> body = new LinkedHashMap<>();
            NodeList values = (NodeList) xpath.evaluate("PostValues/Value", request, XPathConstants.NODESET);
            for (int v = 0; v < values.getLength(); v++) {
                Element value = (Element) values.item(v);
                Matcher m = VARIABLE.matcher(value.getTextContent());
                assertTrue(m.find(), id + ": " + value.getTextContent());
                body.put(value.getAttribute("Key"), sample(id, m.group(1)));
            }
            Response answer = given().header("apikey", Sandbox.API_KEY).contentType("application/json").body(body)
                    .post(path);
            assertEquals(200, answer.statusCode(), id + " → POST " + path + " " + body + ": " + answer.asString());
            String rule = xpath.evaluate("Rules/Rule", scenario);
            if (!rule.isEmpty()) {
                Object matched = JsonPath.from(answer.asString()).get(rule);
                assertTrue(matched != null && !(matched instanceof List<?> l && l.isEmpty()),
                        id + ": the rule path " + rule + " finds nothing in " + answer.asString());
                NodeList variables = (NodeList) xpath.evaluate("Variables/Variable/@Path", scenario, XPathConstants.NODESET);
                for (int v = 0; v < variables.getLength(); v++) {
                    String variablePath = variables.item(v).getNodeValue();
                    assertTrue(variablePath.startsWith(rule.substring(0, rule.length() - "type".length())),
                            id + ": variable path " + variablePath + " lies outside the answer's contacts");
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("", "SearchContacts", "LookupByEmail", "CreateContactRecordFromClient", "ReportCall")), ids);
    }
}
