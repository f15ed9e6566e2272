package io.screenpop.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Axe;
import io.screenpop.support.Browser;
import io.screenpop.support.Sandbox;

/**
 * axe-core on every page of the console (and the pages' main states): no serious or critical
 * violation. Also: field errors are tied to their fields, the reduced-motion setting is honoured,
 * and the favicon is served.
 */
@QuarkusTest
class AccessibilityBrowserTest extends PageTest {

    @BeforeEach
    void ready() {
        Sandbox.awaitInitialSync();
        Sandbox.clearFaults();
    }

    @Test
    void everyPageHasNoSeriousOrCriticalViolations() throws Exception {
        given().queryParam("phone", "+14085550181").get("/screenpop"); // an unknown caller for /calls/unknown
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("calls", "/calls");
        pages.put("unknown-today", "/calls/unknown");
        pages.put("extensions", "/extensions");
        pages.put("sync", "/sync");
        pages.put("company", "/companies/1?phone=%2B14085557001&contactId=1");
        pages.put("company-not-found", "/companies/999999");
        pages.put("choose-company", "/screenpop?phone=503-555-0150");
        pages.put("choose-contact", "/screenpop?phone=2125550175");
        pages.put("no-match", "/screenpop?phone=%2B12025550199");
        pages.put("not-a-number", "/screenpop?phone=anonymous");
        pages.put("missing-number", "/screenpop");
        pages.put("walk-in", "/contacts/9?phone=%2B16175550190");
        pages.put("attach", "/screenpop/attach?phone=%2B16175550190&contactId=9");
        pages.put("technician", "/members/tlopez?extension=204");
        List<String> failures = new ArrayList<>();
        try (Browser browser = new Browser("axe")) {
            WebDriver web = browser.driver();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                web.get(url(page.getValue()));
                settle(browser);
                browser.screenshot(page.getKey());
                List<String> violations = Axe.seriousViolations(web);
                violations.forEach(v -> failures.add(page.getKey() + " " + page.getValue() + ": " + v));
            }
            // states reached by the scripts: the search list open, a form with errors
            web.get(url("/"));
            web.findElement(By.id("home-search")).sendKeys("acme");
            browser.await().until(d -> d.findElement(By.id("home-results")).isDisplayed());
            Axe.seriousViolations(web).forEach(v -> failures.add("home with results: " + v));
            web.get(url("/extensions"));
            settle(browser);
            web.findElement(By.cssSelector("#assign-form button[type=submit]")).click();
            browser.await().until(d -> !d.findElement(By.cssSelector(".field-error[data-for=extension]")).getText().isBlank());
            Axe.seriousViolations(web).forEach(v -> failures.add("extensions with errors: " + v));
            browser.screenshot("extensions-errors");
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void fieldErrorsAreTiedToTheirFieldsAndSayTheLabel() throws Exception {
        try (Browser browser = new Browser("field-errors")) {
            WebDriver web = browser.driver();
            web.get(url("/extensions"));
            settle(browser);
            WebElement input = web.findElement(By.cssSelector("#assign-form [name=extension]"));
            WebElement slot = web.findElement(By.cssSelector("#assign-form .field-error[data-for=extension]"));
            assertTrue(input.getAttribute("aria-describedby").contains(slot.getAttribute("id")));
            input.sendKeys("12");
            web.findElement(By.cssSelector("#assign-form [name=member_identifier]")).sendKeys("T");
            web.findElement(By.cssSelector("#assign-form button[type=submit]")).click();
            browser.await().until(d -> !slot.getText().isBlank());
            assertEquals("Extension must be an internal extension: 3 or 4 digits", slot.getText());
            assertEquals("true", input.getAttribute("aria-invalid"));
            assertTrue(!web.getPageSource().contains("\\d{"), "no regular expression on the page");
            browser.screenshot("labelled");
        }
    }

    @Test
    void reducedMotionStopsAnimationsAndTheFaviconIsServed() throws Exception {
        given().get("/favicon.ico").then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("image"));
        given().get("/static/favicon.svg").then().statusCode(200);
        try (Browser browser = new Browser("reduced-motion")) {
            WebDriver web = browser.driver();
            org.openqa.selenium.chromium.HasCdp cdp = (org.openqa.selenium.chromium.HasCdp) web;
            cdp.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            web.get(url("/screenpop?phone=503-555-0150"));
            WebElement card = web.findElement(By.cssSelector("ul.choices a.choice"));
            String duration = card.getCssValue("transition-duration");
            assertTrue(duration.startsWith("1e-05s") || duration.startsWith("0.00001s") || duration.startsWith("0s"), duration);
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            web.navigate().refresh();
            card = web.findElement(By.cssSelector("ul.choices a.choice"));
            assertTrue(card.getCssValue("transition-duration").startsWith("0.15s"), card.getCssValue("transition-duration"));
        }
    }

    /** Waits until the page's scripts loaded what they load (status texts settle). */
    private static void settle(Browser browser) {
        browser.await().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
        browser.await().until(d -> d.findElements(By.cssSelector(".tickets-state.loading")).isEmpty()
                && d.findElements(By.xpath("//*[contains(text(),'Loading')][not(self::script)][not(ancestor::*[@hidden])]")).stream()
                        .noneMatch(WebElement::isDisplayed));
    }
}
