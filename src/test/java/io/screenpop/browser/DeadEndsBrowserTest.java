package io.screenpop.browser;

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
import io.screenpop.support.Axe;
import io.screenpop.support.Browser;
import io.screenpop.support.Sandbox;

/**
 * Every page that used to be a dead end offers a next step: the walk-in (company-less) contact (attached
 * to a company by moving it there, not by creating a second contact), the withheld caller ID, the choice pages (whole-card links driven by the arrow keys), and the
 * technician page (real title, company links).
 */
@QuarkusTest
class DeadEndsBrowserTest extends PageTest {

    @BeforeEach
    void ready() {
        Sandbox.awaitInitialSync();
        Sandbox.clearFaults();
    }

    @Test
    void aWalkInCallerCanBeAttachedToACompany() throws Exception {
        try (Browser browser = new Browser("walk-in")) {
            WebDriver web = browser.driver();
            web.get(url("/screenpop?phone=617-555-0190"));
            browser.await().until(ExpectedConditions.urlContains("/contacts/9"));
            assertTrue(web.findElement(By.tagName("h1")).getText().contains("Walk-in Caller"));
            assertTrue(web.getTitle().startsWith("Walk-in Caller, no company, (617) 555-0190"), web.getTitle());
            assertTrue(web.findElement(By.id("open-cw")).getAttribute("href").contains("ContactFV&recid=9"));
            assertTrue(web.findElement(By.id("open-nilear")).isDisplayed());
            assertTrue(web.findElement(By.id("next-steps")).getText().contains("create a ticket"));
            browser.screenshot("contact-page");
            web.findElement(By.id("attach")).click();

            browser.await().until(ExpectedConditions.urlContains("/screenpop/attach"));
            assertEquals("Attach (617) 555-0190 to a company", web.findElement(By.tagName("h1")).getText());
            assertTrue(web.findElement(By.cssSelector("p.lead")).getText().contains("Walk-in Caller is not attached"));
            WebElement search = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("company-search")));
            search.sendKeys("acme");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#company-results li")));
            search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.await().until(ExpectedConditions.elementToBeClickable(By.id("to-new-contact"))).click();
            WebElement form = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-contact-form")));
            assertEquals("Walk-in", form.findElement(By.name("first_name")).getAttribute("value"), "the walk-in's name carries over");
            assertEquals("Caller", form.findElement(By.name("last_name")).getAttribute("value"));
            browser.screenshot("attach");
        }
    }

    @Test
    void aWalkInCallerIsMovedToTheCompanyTheAgentPicks() throws Exception {
        int id = Sandbox.walkIn("Wilma", "Walkin", "(617) 555-0144");
        try (Browser browser = new Browser("walk-in-move")) {
            WebDriver web = browser.driver();
            web.get(url("/screenpop?phone=617-555-0144"));
            browser.await().until(ExpectedConditions.urlContains("/contacts/" + id));
            web.findElement(By.id("attach")).click();

            browser.await().until(ExpectedConditions.urlContains("/screenpop/attach"));
            assertTrue(web.findElement(By.cssSelector("p.lead")).getText().contains("move Wilma Walkin there"));
            WebElement search = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("company-search")));
            search.sendKeys("acme");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#company-results li")));
            search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

            WebElement move = browser.await().until(ExpectedConditions.elementToBeClickable(By.id("move-contact")));
            assertEquals("Move Wilma Walkin to ACME Corporation", move.getText());
            assertEquals(move, web.switchTo().activeElement(), "moving is the primary choice and has the focus");
            assertTrue(web.findElement(By.id("to-new-contact")).isDisplayed(), "creating a contact is still offered");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#contacts button.add-phone")));
            assertTrue(web.findElement(By.cssSelector("#contacts button.add-phone")).getAttribute("class").contains("secondary"),
                    "adding the number to another contact is a secondary choice");
            List<String> violations = Axe.seriousViolations(web);
            assertTrue(violations.isEmpty(), "axe: " + violations);
            browser.screenshot("move-choice");
            move.click();

            WebElement status = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
            browser.await().until(ExpectedConditions.textToBePresentInElement(status, "Moved"));
            assertEquals("Moved Wilma Walkin to ACME Corporation. Opening the company page…", status.getText());
            browser.await().until(ExpectedConditions.urlContains("/companies/1"));
            assertTrue(web.getCurrentUrl().contains("contactId=" + id), web.getCurrentUrl());
            assertTrue(web.findElement(By.tagName("h1")).getText().contains("ACME Corporation"));
            browser.screenshot("moved");
        }
        Sandbox.cw().get("/company/contacts/" + id).then().statusCode(200).body("company.id", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void aWalkInCallerIsMovedToACompanyCreatedForThem() throws Exception {
        int id = Sandbox.walkIn("Walt", "Newco", "(617) 555-0145");
        String name = "Newco Walk-in " + java.util.UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser("walk-in-new-company")) {
            WebDriver web = browser.driver();
            web.get(url("/screenpop/attach?phone=%2B16175550145&contactId=" + id));
            browser.await().until(ExpectedConditions.elementToBeClickable(By.id("to-new-company"))).click();
            WebElement form = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-company-form")));
            assertEquals("", form.findElement(By.name("phone")).getAttribute("value"),
                    "the walk-in keeps the number: the new primary contact does not get it");
            java.util.Map<String, String> fields = java.util.Map.of("name", name, "company_phone", "(617) 555-0146",
                    "address", "1 Main St", "city", "Boston", "state", "MA", "zip_code", "02108", "first_name", "Pat",
                    "last_name", "Primary", "email", "pat@newco.example", "phone", "(617) 555-0147");
            fields.forEach((field, value) -> {
                WebElement input = form.findElement(By.name(field));
                input.clear();
                input.sendKeys(value);
            });
            form.findElement(By.cssSelector("button[type=submit]")).click();

            WebElement move = browser.await().until(ExpectedConditions.elementToBeClickable(By.id("move-contact")));
            assertEquals("Move Walt Newco to " + name, move.getText());
            assertTrue(web.findElement(By.id("status")).getText().endsWith("Now move Walt Newco there."),
                    web.findElement(By.id("status")).getText());
            move.click();
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                    "Moved Walt Newco to " + name + ". Opening the company page…"));
            browser.await().until(ExpectedConditions.urlContains("/companies/"));
            assertTrue(web.getCurrentUrl().contains("contactId=" + id), web.getCurrentUrl());
            browser.screenshot("moved");
            String h1 = web.findElement(By.tagName("h1")).getText();
            assertTrue(h1.contains(name), web.getCurrentUrl() + ": " + h1);
        }
    }

    @Test
    void aWithheldCallerOffersTheCallerSearch() throws Exception {
        try (Browser browser = new Browser("withheld")) {
            WebDriver web = browser.driver();
            web.get(url("/screenpop?phone=anonymous"));
            assertEquals("Not a phone number", web.findElement(By.tagName("h1")).getText());
            WebElement search = web.findElement(By.id("home-search"));
            search.sendKeys("globex");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#home-results li")));
            browser.screenshot("search");
            search.sendKeys(Keys.ENTER);
            browser.await().until(ExpectedConditions.urlContains("/companies/"));
            assertTrue(web.findElement(By.tagName("h1")).getText().contains("Globex"));
        }
    }

    @Test
    void choicePagesAreKeyboardDrivenCards() throws Exception {
        try (Browser browser = new Browser("choices")) {
            WebDriver web = browser.driver();
            web.get(url("/screenpop?phone=503-555-0150"));
            List<WebElement> cards = web.findElements(By.cssSelector("ul.choices a.choice"));
            assertEquals(2, cards.size());
            assertEquals(cards.get(0), web.switchTo().activeElement(), "the first card has focus");
            browser.screenshot("company-choice");
            cards.get(0).sendKeys(Keys.ARROW_DOWN);
            assertEquals(cards.get(1), web.switchTo().activeElement());
            assertEquals("solid", cards.get(1).getCssValue("outline-style"), "a visible focus ring");
            String chosen = cards.get(1).findElement(By.className("choice-title")).getText();
            cards.get(1).sendKeys(Keys.ENTER);
            browser.await().until(ExpectedConditions.urlContains("/companies/"));
            assertTrue(web.findElement(By.tagName("h1")).getText().contains(chosen));
            assertTrue(web.findElement(By.id("caller")).getText().contains("Pat Lee, " + chosen + ", (503) 555-0150"),
                    web.findElement(By.id("caller")).getText());

            web.get(url("/screenpop?phone=2125550175"));
            cards = web.findElements(By.cssSelector("ul.choices a.choice"));
            assertEquals(2, cards.size());
            cards.get(0).sendKeys(Keys.END);
            assertEquals(cards.get(1), web.switchTo().activeElement());
            browser.screenshot("contact-choice");
        }
    }

    @Test
    void theTechnicianPageShowsTheMembersTitleAndLinksCompanies() throws Exception {
        try (Browser browser = new Browser("technician")) {
            WebDriver web = browser.driver();
            web.get(url("/members/tlopez"));
            assertTrue(web.findElement(By.tagName("h1")).getText().contains("Tina Lopez"));
            assertTrue(web.findElement(By.id("member-title")).getText().startsWith("Service Desk Lead"),
                    web.findElement(By.id("member-title")).getText());
            WebElement link = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#tickets td.company a")));
            assertTrue(link.getAttribute("href").matches(".*/companies/\\d+"), link.getAttribute("href"));
            browser.screenshot("technician");
            link.click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("company")));
        }
    }
}
