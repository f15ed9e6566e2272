package io.screenpop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.screenpop.support.Browser;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/**
 * The agent's side of a call in a real browser: the screenpop opens the company page with the
 * caller marked, the agent creates a ticket and logs the call on it with time and a status change;
 * a technician's extension pops their page; ConnectWise failing shows a clear message.
 */
@QuarkusTest
class CompanyPageBrowserTest extends PageTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @AfterEach
    void clear() {
        Sandbox.clearFaults();
        Writes.tool().delete("/api/extensions/207");
    }

    @Test
    void agentCreatesATicketAndLogsTheCallOnIt() throws Exception {
        try (Browser browser = new Browser("company-page")) {
            WebDriver web = browser.driver();
            web.get(url("/screenpop?phone=4085551213"));
            browser.await().until(ExpectedConditions.urlContains("/companies/1?"));
            assertTrue(web.getCurrentUrl().contains("contactId=1"), web.getCurrentUrl());
            WebElement jane = web.findElement(By.id("contact-1"));
            assertTrue(jane.getAttribute("class").contains("caller"));
            assertTrue(jane.getText().contains("Jane Doe"));
            browser.await().until(d -> !d.findElements(By.cssSelector("#tickets tbody tr")).isEmpty());
            assertTrue(web.findElement(By.id("ticket-4")).getText().contains("VPN drops every hour"));
            assertTrue(web.findElement(By.cssSelector("#ticket-4 .badge.prio")).getAttribute("class").contains("prio-orange"));
            browser.screenshot("company-page");

            browser.await().until(d -> d.findElements(By.cssSelector("#agent-member option")).size() > 1);
            new Select(web.findElement(By.id("agent-member"))).selectByValue("tlopez");

            web.findElement(By.id("new-ticket-toggle")).click();
            WebElement form = web.findElement(By.id("new-ticket-form"));
            browser.await().until(ExpectedConditions.visibilityOf(form));
            assertEquals("1", new Select(form.findElement(By.name("contact_id"))).getFirstSelectedOption().getAttribute("value"),
                    "the caller is pre-selected");
            browser.await().until(d -> !form.findElements(By.cssSelector("select.boards option")).isEmpty()
                    && !form.findElements(By.cssSelector("select.priorities option")).isEmpty());
            form.findElement(By.name("summary")).sendKeys("Phone dead at reception desk");
            form.findElement(By.name("description")).sendKeys("No dial tone since this morning.");
            new Select(form.findElement(By.name("board"))).selectByVisibleText("Help Desk");
            new Select(form.findElement(By.name("priority"))).selectByVisibleText("Priority 2 - Quick Response");
            browser.screenshot("new-ticket");
            form.findElement(By.cssSelector("button[type=submit]")).click();

            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.ok")));
            String created = web.findElement(By.id("status")).getText();
            assertTrue(created.matches("Ticket #\\d+ created\\."), created);
            int id = Integer.parseInt(created.replaceAll("\\D", ""));
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ticket-" + id + ".new")));
            WebElement row = web.findElement(By.id("ticket-" + id));
            assertTrue(row.getText().contains("Phone dead at reception desk") && row.getText().contains("New")
                    && row.getText().contains("Jane Doe"), row.getText());
            assertEquals("https://app.nilear.com/mtx/" + id, row.findElement(By.cssSelector("td.number a")).getAttribute("href"));
            browser.screenshot("ticket-created");

            row.findElement(By.cssSelector("button.log-call")).click();
            WebElement log = web.findElement(By.id("log-call-form"));
            browser.await().until(ExpectedConditions.visibilityOf(log));
            WebElement note = log.findElement(By.name("note_text"));
            assertTrue(note.getAttribute("value").startsWith("Call from Jane Doe"), note.getAttribute("value"));
            note.sendKeys("power-cycled the handset, works again.");
            log.findElement(By.name("minutes")).sendKeys("12");
            browser.await().until(d -> log.findElements(By.cssSelector("select.statuses option")).size() > 1);
            new Select(log.findElement(By.name("status"))).selectByVisibleText("In Progress");
            browser.screenshot("log-call");
            log.findElement(By.cssSelector("button[type=submit]")).click();

            browser.await().until(d -> d.findElement(By.id("status")).getText().startsWith("Call logged"));
            browser.await().until(d -> d.findElement(By.cssSelector("#ticket-" + id + " td.status")).getText().equals("In Progress"));
            browser.screenshot("call-logged");

            web.navigate().refresh();
            browser.await().until(d -> d.findElements(By.cssSelector("#agent-member option")).size() > 1);
            assertEquals("tlopez", new Select(web.findElement(By.id("agent-member"))).getFirstSelectedOption().getAttribute("value"),
                    "the agent is remembered in this browser");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-" + id)));

            List<Map<String, Object>> notes = Sandbox.cw().get("/service/tickets/" + id + "/notes").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            assertEquals(1, notes.size());
            assertTrue(String.valueOf(notes.get(0).get("text")).endsWith("power-cycled the handset, works again."));
            JsonPath time = Sandbox.cw().queryParam("conditions", "chargeToId = " + id).get("/time/entries").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals("tlopez", time.getString("[0].member.identifier"));
            assertEquals(0.2f, time.getFloat("[0].actualHours"));
        }
    }

    @Test
    void aFailedTimeEntryIsShownAndRetriedWithoutRepeatingTheNote() throws Exception {
        int id = Sandbox.cw().body(Map.of("summary", "Scanner jams", "company", Map.of("id", 1), "board", Map.of("id", 1)))
                .post("/service/tickets").then().statusCode(201).extract().jsonPath().getInt("id");
        Sandbox.fault(500, 1, "time/entries", 0, null);
        try (Browser browser = new Browser("partial-failure")) {
            WebDriver web = browser.driver();
            web.get(url("/companies/1"));
            browser.await().until(d -> d.findElements(By.cssSelector("#agent-member option")).size() > 1);
            new Select(web.findElement(By.id("agent-member"))).selectByValue("mchen");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ticket-" + id + " button.log-call")));
            web.findElement(By.cssSelector("#ticket-" + id + " button.log-call")).click();
            WebElement log = web.findElement(By.id("log-call-form"));
            browser.await().until(ExpectedConditions.visibilityOf(log));
            log.findElement(By.name("note_text")).sendKeys("Cleared the paper path");
            log.findElement(By.name("minutes")).sendKeys("5");
            log.findElement(By.cssSelector("button[type=submit]")).click();

            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#log-call-steps li[data-step=time].failed")));
            assertTrue(web.findElement(By.id("status")).getText().contains("partly"), web.findElement(By.id("status")).getText());
            assertTrue(web.findElement(By.cssSelector("#log-call-steps li[data-step=note]")).getAttribute("class").contains("ok"));
            assertTrue(log.findElement(By.cssSelector("button[type=submit]")).getAttribute("disabled") != null,
                    "the form cannot write the note a second time");
            browser.screenshot("time-failed");
            web.findElement(By.cssSelector("#log-call-steps li[data-step=time] button.retry")).click();
            browser.await().until(d -> d.findElement(By.cssSelector("#log-call-steps li[data-step=time]")).getAttribute("class").equals("ok"));
            browser.screenshot("time-retried");
        }
        assertEquals(1, Sandbox.cw().get("/service/tickets/" + id + "/notes").then().extract().jsonPath().getList("$").size());
        JsonPath time = Sandbox.cw().queryParam("conditions", "chargeToId = " + id).get("/time/entries").then().extract().jsonPath();
        assertEquals(List.of("mchen"), time.getList("member.identifier"));
    }

    @Test
    void technicianExtensionIsAssignedThenPopsTheirPage() throws Exception {
        try (Browser browser = new Browser("extension")) {
            WebDriver web = browser.driver();
            web.get(url("/screenpop?phone=207"));
            browser.await().until(ExpectedConditions.urlContains("/extensions?extension=207"));
            WebElement form = web.findElement(By.id("assign-form"));
            assertEquals("207", form.findElement(By.name("extension")).getAttribute("value"));
            browser.await().until(d -> form.findElements(By.cssSelector("select.members option")).size() > 1);
            new Select(form.findElement(By.name("member_identifier"))).selectByValue("ppatel");
            browser.screenshot("assign");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("extension-207")));
            assertTrue(web.findElement(By.id("extension-207")).getText().contains("Priya Patel"));
            assertTrue(web.findElement(By.id("status")).getText().contains("Extension 207 assigned to Priya Patel"));
            browser.screenshot("assigned");

            web.get(url("/screenpop?phone=207"));
            browser.await().until(ExpectedConditions.urlContains("/members/ppatel"));
            assertTrue(web.findElement(By.tagName("h1")).getText().contains("Priya Patel"));
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-5")));
            assertTrue(web.findElement(By.id("ticket-5")).getText().contains("Server room temperature alarm"));
            assertEquals("Globex UK Ltd", web.findElement(By.cssSelector("#ticket-5 td.company")).getText());
            assertTrue(web.findElements(By.id("ticket-6")).isEmpty(), "closed tickets are not listed");
            browser.screenshot("technician-page");
        }
    }

    @Test
    void ticketsShowAClearMessageWhenConnectWiseFails() throws Exception {
        Sandbox.fault(500, 1, "/service/tickets", 0, null);
        try (Browser browser = new Browser("tickets-down")) {
            WebDriver web = browser.driver();
            web.get(url("/companies/2"));
            assertTrue(web.findElement(By.id("company")).getText().contains("Globex UK Ltd"), "the card comes from the index");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tickets .tickets-state.error")));
            String message = web.findElement(By.cssSelector("#tickets .tickets-state")).getText();
            assertTrue(message.contains("Could not reach ConnectWise to load the open tickets"), message);
            browser.screenshot("error");
            web.findElement(By.cssSelector("#tickets button.retry")).click();
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-5")));
            browser.screenshot("retried");
        }
    }
}
