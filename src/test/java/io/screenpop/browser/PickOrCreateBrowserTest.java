package io.screenpop.browser;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.screenpop.support.Browser;
import io.screenpop.support.Sandbox;

/**
 * The unknown-caller flow in a real browser: pick a company from the autocomplete with the
 * keyboard and add the number to a contact; create a company after fixing a validation error.
 * Afterwards the number pops straight to its record.
 */
@QuarkusTest
class PickOrCreateBrowserTest extends PageTest {

    @BeforeEach
    void ready() {
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
        Sandbox.awaitInitialSync();
        Sandbox.clearFaults();
    }

    @Test
    void agentPicksCompanyWithKeyboardAndAddsTheNumberToAContact() throws Exception {
        try (Browser browser = new Browser("add-number")) {
            WebDriver web = browser.driver();
            web.get(url("/screenpop?phone=%2B14085550123"));
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("company-search")));
            assertTrue(web.findElement(By.tagName("h1")).getText().contains("(408) 555-0123"));
            browser.screenshot("no-match");

            WebElement search = web.findElement(By.id("company-search"));
            search.sendKeys("acm");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#company-results li")));
            WebElement first = web.findElement(By.cssSelector("#company-results li"));
            assertEquals("ACME Corporation - San Jose, CA", first.getText());
            assertEquals("ACM", first.findElement(By.tagName("mark")).getText(), "the typed part is highlighted");
            browser.screenshot("autocomplete");
            search.sendKeys(Keys.ARROW_DOWN);
            assertEquals("true", first.getAttribute("aria-selected"));
            search.sendKeys(Keys.ENTER);

            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#contact-1 button.add-phone")));
            assertEquals("ACME Corporation", web.findElement(By.id("company-title")).getText());
            assertTrue(web.findElement(By.id("contact-1")).getText().contains("Jane Doe"));
            browser.await().until(d -> !d.findElements(By.cssSelector("#phone-type option")).isEmpty());
            new org.openqa.selenium.support.ui.Select(web.findElement(By.id("phone-type"))).selectByVisibleText("Direct");
            browser.screenshot("company-contacts");
            WebElement add = web.findElement(By.cssSelector("#contact-1 button.add-phone"));
            add.click();

            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
            assertTrue(web.findElement(By.id("status")).getText().contains("Added (408) 555-0123 to Jane Doe. Opening the company page…"));
            assertTrue(add.getAttribute("disabled") != null, "buttons are disabled after success");
            browser.screenshot("added");

            browser.await().until(ExpectedConditions.urlContains("/companies/1"));
            assertTrue(web.getCurrentUrl().contains("contactId=1"), web.getCurrentUrl());
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-1")));
            assertTrue(web.findElement(By.id("contact-1")).getAttribute("class").contains("caller"));
            assertTrue(web.findElement(By.id("contact-1")).getText().contains("(408) 555-0123"));
            browser.screenshot("company-page");
        }
        given().queryParam("phone", "408-555-0123").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/companies/1?phone=%2B14085550123&contactId=1"));
    }

    @Test
    void agentCreatesACompanyAfterFixingTheState() throws Exception {
        try (Browser browser = new Browser("new-company")) {
            WebDriver web = browser.driver();
            web.get(url("/screenpop?phone=4085550124"));
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("company-search")));
            web.findElement(By.id("company-search")).sendKeys("Zebra Logistics");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-hint")));
            assertTrue(web.findElement(By.id("search-hint")).getText().contains("No company matches"));
            web.findElement(By.id("to-new-company")).click();

            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-company-form")));
            WebElement form = web.findElement(By.id("new-company-form"));
            assertEquals("Zebra Logistics", field(form, "name").getAttribute("value"), "the search text seeds the name");
            assertEquals("+14085550124", field(form, "phone").getAttribute("value"), "the caller's number is pre-filled");
            assertEquals("Main", field(form, "territory").getAttribute("value"));
            type(form, "address", "500 Dock Rd");
            type(form, "city", "Oakland");
            type(form, "state", "New York");
            type(form, "zip_code", "94607");
            field(form, "company_phone").clear();
            type(form, "company_phone", "(510) 555-0100");
            type(form, "first_name", "Zoe");
            type(form, "last_name", "Zimmer");
            type(form, "email", "zoe@zebra.example");
            browser.screenshot("form-filled");
            form.findElement(By.cssSelector("button[type=submit]")).click();

            WebElement stateError = form.findElement(By.cssSelector(".field-error[data-for=state]"));
            browser.await().until(d -> !stateError.getText().isBlank());
            assertTrue(stateError.getText().contains("two-letter"), stateError.getText());
            assertEquals("true", field(form, "state").getAttribute("aria-invalid"));
            assertTrue(web.findElement(By.id("status")).getAttribute("class").contains("error"));
            browser.screenshot("state-error");

            field(form, "state").clear();
            type(form, "state", "CA");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
            assertTrue(web.findElement(By.id("status")).getText().contains("Created Zebra Logistics with Zoe Zimmer as its contact. Opening the company page…"));
            browser.screenshot("created");

            browser.await().until(ExpectedConditions.urlContains("/companies/"));
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("company")));
            assertTrue(web.findElement(By.id("company")).getText().contains("Zebra Logistics"));
            List<WebElement> callers = web.findElements(By.cssSelector("tr.caller"));
            assertEquals(1, callers.size());
            assertTrue(callers.get(0).getText().contains("Zoe Zimmer"));
            browser.screenshot("company-page");
        }
        given().queryParam("phone", "+1 408 555 0124").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/companies/"));
    }

    private static WebElement field(WebElement form, String name) {
        return form.findElement(By.name(name));
    }

    @Test
    void aRetryAfterAnUnknownOutcomeReusesTheActionsKeyAndCreatesOneContact() throws Exception {
        try (Browser browser = new Browser("unknown-outcome")) {
            WebDriver web = browser.driver();
            web.get(url("/screenpop?phone=%2B16285550152"));
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("company-search")));
            web.findElement(By.id("company-search")).sendKeys("acm");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#company-results li")));
            web.findElement(By.id("company-search")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("to-new-contact")));
            web.findElement(By.id("to-new-contact")).click();
            WebElement form = web.findElement(By.id("new-contact-form"));
            browser.await().until(ExpectedConditions.visibilityOf(form));
            type(form, "first_name", "Browser");
            type(form, "last_name", "Retry");

            // ConnectWise makes the contact but the answer is lost, and it cannot be checked either
            Sandbox.control().contentType(io.restassured.http.ContentType.JSON)
                    .body(java.util.Map.of("kind", "LOST_ANSWER", "pathContains", "/company/contacts", "method", "POST"))
                    .post("/sandbox/control/faults").then().statusCode(201);
            Sandbox.fault(502, 0, "/company/contacts", 0, null, "GET");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.error")));
            assertTrue(web.findElement(By.id("status")).getText().contains("may or may not have been made"),
                    web.findElement(By.id("status")).getText());
            browser.screenshot("unknown-outcome");

            // ConnectWise is back; the agent clicks again: same action, same key, no second contact
            Sandbox.clearFaults();
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
        }
        List<Object> ids = Sandbox.cw().queryParam("conditions", "firstName = \"Browser\" and lastName = \"Retry\"")
                .get("/company/contacts").then().statusCode(200).extract().jsonPath().getList("id");
        assertEquals(1, ids.size(), "exactly one contact in ConnectWise: " + ids);
    }

    private static void type(WebElement form, String name, String text) {
        field(form, name).sendKeys(text);
    }
}
