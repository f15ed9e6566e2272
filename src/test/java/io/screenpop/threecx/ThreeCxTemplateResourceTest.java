package io.screenpop.threecx;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.screenpop.support.Sandbox;

/** The 3CX CRM template download: well-formed XML naming this server and the two endpoints. */
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
}
