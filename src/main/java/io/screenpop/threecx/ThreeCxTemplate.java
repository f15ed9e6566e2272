package io.screenpop.threecx;

import java.io.StringWriter;

import jakarta.enterprise.context.ApplicationScoped;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Renders the 3CX (v20) server-side CRM integration template for this server, built as a DOM and
 * serialised by the JDK's XML transformer (so every value is escaped). The format follows 3CX's
 * custom CRM template ({@code <Crm>} with {@code <Number>}, {@code <Connection>}, {@code <Parameters>},
 * {@code <Authentication>} and {@code <Scenarios>}; each scenario a {@code <Request>} with
 * {@code <Headers>} and JSON {@code <PostValues>}, {@code <Rules>}, {@code <Variables>} and
 * {@code <Outputs>}):
 * <ul>
 * <li>the default scenario ({@code Id=""}) looks a number up with {@code POST /api/3cx/crm} and maps
 * the answer to 3CX's contact fields; a company line fills the company name;</li>
 * <li>{@code SearchContacts} ({@code [SearchText]}) searches contacts and companies with
 * {@code POST /api/3cx/search}, each element of {@code contacts} one 3CX contact;</li>
 * <li>{@code LookupByEmail} ({@code [Email]}) looks a contact up with {@code POST /api/3cx/email};</li>
 * <li>{@code CreateContactRecordFromClient} ({@code [FirstName] [LastName] [Number] [Email] [Company]})
 * creates the contact with {@code POST /api/3cx/contacts};</li>
 * <li>{@code ReportCall} journals each finished call with {@code POST /api/3cx/journal}.</li>
 * </ul>
 * Every scenario sends the key in the {@code apikey} header from the template's {@code ApiKey}
 * parameter, and its values in a JSON body, never in the URL: a {@code +} in a query string would
 * arrive as a blank. {@code <Number Prefix="Plus" MaxLength="">} hands the number over with its
 * {@code +} (3CX turns a {@code 00} prefix into {@code +}) and whole: an empty {@code MaxLength}
 * keeps every digit, where a number would keep only its last digits (3CX's "CRM template XML
 * description", Number element).
 */
@ApplicationScoped
public class ThreeCxTemplate {

    /** Name 3CX shows for the integration. */
    public static final String NAME = "screenpop for ConnectWise";
    /** Template version; raise it when the template changes so 3CX offers the update. */
    public static final String VERSION = "2";

    private static final String CONTACT_OR_COMPANY = "[IIf([ContactID]!=\"\",%s,%s)]";

    /**
     * @param baseUrl this server's external base URL, e.g. {@code https://screenpop.example.com}
     * @return the template XML (UTF-8 declared)
     */
    public String render(String baseUrl) {
        Document doc = newDocument();
        Element crm = doc.createElement("Crm");
        doc.appendChild(crm);
        crm.setAttribute("xmlns:xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
        crm.setAttribute("xmlns:xsd", XMLConstants.W3C_XML_SCHEMA_NS_URI);
        crm.setAttribute("Country", "US");
        crm.setAttribute("Name", NAME);
        crm.setAttribute("Version", VERSION);
        crm.setAttribute("SupportsEmojis", "false");
        child(crm, "Number", "Prefix", "Plus", "MaxLength", "");
        child(crm, "Connection", "MaxConcurrentRequests", "4");

        Element parameters = child(crm, "Parameters");
        child(parameters, "Parameter", "Name", "BaseUrl", "Type", "String", "Parent", "General Configuration",
                "Editor", "String", "Title", "screenpop URL:", "Default", baseUrl);
        child(parameters, "Parameter", "Name", "ApiKey", "Type", "Password", "Parent", "General Configuration",
                "Editor", "String", "Title", "screenpop API key:", "Default", "");
        child(parameters, "Parameter", "Name", "ReportCallEnabled", "Type", "Boolean", "Parent", "General Configuration",
                "Editor", "String", "Title", "Log calls in ConnectWise:", "Default", "True");
        child(crm, "Authentication", "Type", "No");

        Element scenarios = child(crm, "Scenarios");
        lookupScenario(child(scenarios, "Scenario", "Id", "", "Type", "REST"));
        searchScenario(child(scenarios, "Scenario", "Id", "SearchContacts", "Type", "REST"));
        emailScenario(child(scenarios, "Scenario", "Id", "LookupByEmail", "Type", "REST"));
        createScenario(child(scenarios, "Scenario", "Id", "CreateContactRecordFromClient", "Type", "REST"));
        journalScenario(child(scenarios, "Scenario", "Id", "ReportCall", "Type", "REST"));
        return serialise(doc);
    }

    private static void lookupScenario(Element scenario) {
        Element request = request(scenario, "", "/api/3cx/crm");
        value(child(request, "PostValues"), "number", "[Number]", "1");
        contactOutputs(scenario, "", true);
    }

    private static void searchScenario(Element scenario) {
        Element request = request(scenario, "", "/api/3cx/search");
        value(child(request, "PostValues"), "text", "[SearchText]", "1");
        contactOutputs(scenario, "contacts.", true);
    }

    private static void emailScenario(Element scenario) {
        Element request = request(scenario, "", "/api/3cx/email");
        value(child(request, "PostValues"), "email", "[Email]", "1");
        contactOutputs(scenario, "", false);
    }

    private static void createScenario(Element scenario) {
        Element request = request(scenario, "", "/api/3cx/contacts");
        Element body = child(request, "PostValues");
        value(body, "first_name", "[FirstName]", "1");
        value(body, "last_name", "[LastName]", "1");
        value(body, "number", "[Number]", "1");
        value(body, "email", "[Email]", "1");
        value(body, "company", "[Company]", "1");
        contactOutputs(scenario, "", false);
    }

    /**
     * The rule, variables and outputs of a scenario answering contacts.
     *
     * @param prefix    path of the contact objects in the answer ({@code contacts.} for a list)
     * @param companies whether the answer may hold companies, whose name then fills the last name
     */
    private static void contactOutputs(Element scenario, String prefix, boolean companies) {
        child(child(scenario, "Rules"), "Rule", "Type", "Any").setTextContent(prefix + "type");
        Element variables = child(scenario, "Variables");
        String[][] paths = {{"ContactID", "contact_id"}, {"CompanyID", "company_id"}, {"FirstName", "firstname"},
            {"LastName", "lastname"}, {"CompanyName", "company"}, {"Email", "email"}, {"PhoneBusiness", "phone"},
            {"PhoneMobile", "mobile"}, {"WebUrl", "web_url"}};
        for (String[] p : paths) {
            child(child(variables, "Variable", "Name", p[0], "Path", prefix + p[1]), "Filter");
        }
        Element outputs = child(scenario, "Outputs", "AllowEmpty", "false");
        output(outputs, "ContactID", "[ContactID]", "1");
        output(outputs, "FirstName", "[FirstName]", "1");
        if (companies) {
            output(outputs, "LastName", String.format(CONTACT_OR_COMPANY, "[LastName]", "[CompanyName]"), "2");
        } else {
            output(outputs, "LastName", "[LastName]", "1");
        }
        output(outputs, "CompanyName", "[CompanyName]", "1");
        output(outputs, "Email", "[Email]", "1");
        output(outputs, "PhoneBusiness", "[PhoneBusiness]", "1");
        output(outputs, "PhoneMobile", "[PhoneMobile]", "1");
        output(outputs, "ContactUrl", "[WebUrl]", "1");
        if (companies) {
            output(outputs, "EntityId", String.format(CONTACT_OR_COMPANY, "[ContactID]", "[CompanyID]"), "2");
            output(outputs, "EntityType", String.format(CONTACT_OR_COMPANY, "Contacts", "Companies"), "2");
        } else {
            output(outputs, "EntityId", "[ContactID]", "1");
            output(outputs, "EntityType", "Contacts", "0");
        }
    }

    private static void journalScenario(Element scenario) {
        Element request = request(scenario, "[ReportCallEnabled]!=True", "/api/3cx/journal");
        Element body = child(request, "PostValues");
        value(body, "number", "[Number]", "1");
        value(body, "agent", "[Agent]", "1");
        value(body, "call_type", "[CallType]", "1");
        value(body, "start", "[[CallStartTimeUTC].ToString(\"yyyy-MM-ddTHH:mm:ssZ\")]", "2");
        value(body, "duration", "[Duration]", "1");
        child(scenario, "Rules");
        child(scenario, "Variables");
        child(scenario, "Outputs", "AllowEmpty", "true");
    }

    private static Element request(Element scenario, String skipIf, String path) {
        Element request = child(scenario, "Request", "SkipIf", skipIf, "Url", "[BaseUrl]" + path, "MessagePasses", "0",
                "Message", "", "RequestContentType", "", "RequestEncoding", "Json", "RequestType", "Post",
                "ResponseType", "Json");
        value(child(request, "Headers"), "apikey", "[ApiKey]", "1");
        return request;
    }

    private static void value(Element parent, String key, String text, String passes) {
        child(parent, "Value", "Key", key, "Passes", passes, "Type", "String").setTextContent(text);
    }

    private static void output(Element outputs, String type, String value, String passes) {
        child(outputs, "Output", "Type", type, "Passes", passes, "Value", value);
    }

    private static Element child(Element parent, String name, String... attributes) {
        Element element = parent.getOwnerDocument().createElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        parent.appendChild(element);
        return element;
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialise(Document doc) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
