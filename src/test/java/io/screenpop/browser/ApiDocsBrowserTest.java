package io.screenpop.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Browser;

/** Swagger UI at /api/docs renders the published document in a real browser, under its Content-Security-Policy. */
@QuarkusTest
class ApiDocsBrowserTest {

    @TestHTTPResource("/api/docs/")
    java.net.URL docs;

    @Test
    void swaggerUiShowsTheOperationsUnderItsPolicy() throws Exception {
        try (Browser browser = new Browser("api-docs")) {
            WebDriver web = browser.driver();
            web.get(docs.toString());
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
            browser.screenshot("operations");
            String page = web.findElement(By.id("swagger-ui")).getText();
            assertTrue(page.contains("/api/lookup"), page);
            assertTrue(page.contains("/api/3cx/search"), page);
            assertTrue(page.contains("/api/tickets/{id}/log-change"), page);
            List<LogEntry> csp = web.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()
                            && e.getMessage().contains("Content Security Policy")).toList();
            assertTrue(csp.isEmpty(), "no CSP violation: " + csp);
        }
    }
}
