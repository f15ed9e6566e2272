package io.screenpop.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.screenpop.support.Browser;
import io.screenpop.support.Sandbox;

/**
 * The agent's console in a real browser: the header on every page, the home search by name and by
 * number (keyboard only), recent calls appearing after a screenpop while the page is open, and
 * "Unknown callers today" leading to pick-or-create.
 */
@QuarkusTest
class ConsoleBrowserTest extends PageTest {

    @BeforeEach
    void ready() {
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
        Sandbox.awaitInitialSync();
        Sandbox.clearFaults();
    }

    @Test
    void homeSearchFindsCompaniesAndContactsByNameAndCallersByNumber() throws Exception {
        try (Browser browser = new Browser("home-search")) {
            WebDriver web = browser.driver();
            web.get(url("/"));
            List<String> nav = web.findElements(By.cssSelector("nav.site a")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("Home", "Recent calls", "Extensions", "Sync", "Audit"), nav, "sign-in off: everyone is admin");
            assertEquals(List.of("Home"), currentNav(web), "the home page is marked current");
            assertTrue(web.findElement(By.cssSelector("header.top")).getText().contains("Sign-in is off"));
            assertTrue(web.findElement(By.id("demo-numbers")).getText().contains("503-555-0150"), "test mode lists demo numbers");

            WebElement search = web.findElement(By.id("home-search"));
            assertEquals(search, web.switchTo().activeElement(), "the search box has focus");
            search.sendKeys("acme");
            WebElement first = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#home-results li[role=option]")));
            assertTrue(first.getText().startsWith("ACME Corporation"), first.getText());
            assertEquals("acme", first.findElement(By.tagName("mark")).getText().toLowerCase());
            browser.screenshot("by-company-name");
            search.sendKeys(Keys.ARROW_DOWN);
            assertEquals("true", first.getAttribute("aria-selected"));
            assertEquals(first.getAttribute("id"), search.getAttribute("aria-activedescendant"));
            search.sendKeys(Keys.ENTER);
            browser.await().until(ExpectedConditions.urlContains("/companies/1"));
            assertTrue(web.findElement(By.tagName("h1")).getText().contains("ACME Corporation"));

            web.get(url("/"));
            search = web.findElement(By.id("home-search"));
            search.sendKeys("jane do");
            browser.await().until(d -> d.findElements(By.cssSelector("#home-results li")).stream()
                    .anyMatch(li -> li.getText().contains("Jane Doe")));
            WebElement jane = web.findElements(By.cssSelector("#home-results li")).get(0);
            assertTrue(jane.getText().contains("Contact · ACME Corporation"), jane.getText());
            browser.screenshot("by-contact-name");
            search.sendKeys(Keys.ENTER); // Enter without choosing opens the first hit
            browser.await().until(ExpectedConditions.urlContains("contactId=1"));
            assertTrue(web.getCurrentUrl().contains("/companies/1"), web.getCurrentUrl());
            assertTrue(web.findElement(By.id("contact-1")).getAttribute("class").contains("caller"));

            web.get(url("/"));
            search = web.findElement(By.id("home-search"));
            search.sendKeys("408.555.7001");
            browser.await().until(d -> d.findElements(By.cssSelector("#home-results li")).stream()
                    .anyMatch(li -> li.getText().contains("Jane Doe") && li.getText().contains("(408) 555-7001")));
            browser.screenshot("by-number");
            search.sendKeys(Keys.ENTER);
            browser.await().until(ExpectedConditions.urlContains("/companies/1"));
            assertTrue(web.getCurrentUrl().contains("contactId=1"), web.getCurrentUrl());
            assertTrue(web.findElement(By.id("caller")).getText().contains("Jane Doe, ACME Corporation, (408) 555-7001"),
                    web.findElement(By.id("caller")).getText());
            assertTrue(web.getTitle().startsWith("Jane Doe, ACME Corporation, (408) 555-7001"), web.getTitle());

            web.get(url("/"));
            search = web.findElement(By.id("home-search"));
            search.sendKeys("+1 408 555 0161");
            WebElement unknown = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#home-results li")));
            assertTrue(unknown.getText().contains("Nobody has this number yet"), unknown.getText());
            search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.await().until(ExpectedConditions.urlContains("/screenpop/attach"));
            assertTrue(web.findElement(By.tagName("h1")).getText().contains("Attach (408) 555-0161 to a company"));

            web.get(url("/"));
            search = web.findElement(By.id("home-search"));
            search.sendKeys("zzqx");
            WebElement hint = browser.await().until(d -> {
                WebElement h = d.findElement(By.id("home-hint"));
                return h.getText().contains("No company or contact matches") ? h : null;
            });
            assertTrue(hint.getText().contains("zzqx"));
            browser.screenshot("nothing-found");
        }
    }

    /** @return the header links marked {@code aria-current="page"} */
    private static List<String> currentNav(WebDriver web) {
        return web.findElements(By.cssSelector("nav.site a[aria-current=page]")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aCallAppearsInRecentCallsWhileThePageIsOpen() throws Exception {
        try (Browser browser = new Browser("recent-calls")) {
            WebDriver web = browser.driver();
            web.get(url("/calls"));
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("call-filters")));
            assertEquals(List.of("Recent calls"), currentNav(web), "only the page shown is aria-current");
            browser.screenshot("before");
            // the phone system pops the caller in another tab
            given().queryParam("phone", "+1.408.555.7001").get("/screenpop").then().statusCode(303);

            // the list refreshes itself every few seconds: read each row whole, inside the wait
            String[] row = browser.await().ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("#calls tr.call")).stream()
                            .filter(tr -> tr.getText().contains("+1.408.555.7001")).findFirst()
                            .map(tr -> new String[] {tr.getText(), tr.findElement(By.cssSelector("td.company a")).getAttribute("href")})
                            .orElse(null));
            assertTrue(row[0].contains("Single match"), row[0]);
            assertTrue(row[0].contains("Jane Doe"), row[0]);
            assertTrue(row[0].contains("(408) 555-7001"), row[0]);
            assertTrue(row[0].contains("+14085557001"), row[0]);
            assertTrue(row[0].contains("Screenpop"), row[0]);
            assertTrue(row[1].contains("/companies/1?phone=%2B14085557001&contactId=1"), row[1]);
            browser.screenshot("after-screenpop");
            web.get(row[1]);
            browser.await().until(ExpectedConditions.urlContains("/companies/1"));
            assertTrue(web.findElement(By.id("caller")).getText().contains("Jane Doe, ACME Corporation"));

            web.get(url("/calls?outcome=not_a_number&today=true"));
            given().queryParam("phone", "anonymous").get("/screenpop").then().statusCode(200);
            web.navigate().refresh();
            List<String> rows = browser.await().ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        List<String> texts = d.findElements(By.cssSelector("#calls tr.call")).stream().map(WebElement::getText).toList();
                        return texts.isEmpty() ? null : texts;
                    });
            assertTrue(!rows.isEmpty() && rows.stream().allMatch(r -> r.contains("Not a number")),
                    "the outcome filter shows only that outcome: " + rows);
            browser.screenshot("filtered");
        }
    }

    @Test
    void unknownCallersTodayLeadToPickOrCreate() throws Exception {
        try (Browser browser = new Browser("unknown-today")) {
            WebDriver web = browser.driver();
            web.get(url("/screenpop?phone=%2B14085550177"));
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("company-search")));
            web.get(url("/calls"));
            WebElement button = web.findElement(By.id("unknown-today"));
            assertTrue(button.getText().matches("Unknown callers today \\(\\d+\\)"), button.getText());
            button.click();
            browser.await().until(ExpectedConditions.urlContains("/calls/unknown"));
            WebElement row = web.findElements(By.cssSelector("#unknown tbody tr")).stream()
                    .filter(tr -> tr.getText().contains("(408) 555-0177")).findFirst().orElseThrow();
            browser.screenshot("list");
            row.findElement(By.cssSelector("a.attach")).click();
            browser.await().until(ExpectedConditions.urlContains("/screenpop/attach"));
            assertEquals("Attach (408) 555-0177 to a company", web.findElement(By.tagName("h1")).getText());
            WebElement search = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("company-search")));
            search.sendKeys("initech");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#company-results li")));
            search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("step-company")));
            browser.screenshot("pick-or-create");
        }
    }
}
