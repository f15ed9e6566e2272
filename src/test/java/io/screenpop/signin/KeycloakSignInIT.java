package io.screenpop.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.screenpop.support.Browser;
import io.screenpop.support.PackagedService;

/**
 * Sign-in in a real browser against a real Keycloak: Keycloak 26 ({@code keycloak-quarkus-dist}, unpacked into
 * {@code target/keycloak} by the Maven dependency plugin) runs {@code start-dev} on the Temurin 25 JDK on a free port
 * with the realm of {@code src/test/resources/keycloak/screenpop-realm.json}; the packaged service runs in the prod
 * profile with only the standard {@code QUARKUS_OIDC_*} settings ({@code SCREENPOP_AUTH} unset, so {@code oidc}).
 * Chromium opens a screenpop before signing in, signs in on Keycloak's own login page, lands on the caller's
 * company page, and signs out at Keycloak. Two agents without the admin role log calls charged to their own
 * ConnectWise member: {@code tina} matched by her e-mail, {@code dan} mapped by the admin {@code alice} on the
 * member-mapping page; neither may open the admin pages. When Keycloak cannot start the test fails; it never skips.
 */
class KeycloakSignInIT {

    private static final String REALM = "screenpop";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The sandbox's ConnectWise API on the packaged service, with the credentials {@link PackagedService} sets. */
    private static final String CW_API = "/sandbox/connectwise/v4_6_release/apis/3.0";
    private static final String CW_AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("sandbox+pub:priv".getBytes(StandardCharsets.UTF_8));

    private static Process keycloak;
    private static Path keycloakLog;
    private static String keycloakUrl;
    private static PackagedService service;

    @BeforeAll
    static void startKeycloakAndTheService() throws Exception {
        Path dataDir = Files.createTempDirectory("screenpop-keycloak-it");
        int appPort = PackagedService.freePort();
        startKeycloak(dataDir, "http://localhost:" + appPort);
        service = PackagedService.start(dataDir, Map.of(
                "PORT", Integer.toString(appPort),
                "QUARKUS_OIDC_AUTH_SERVER_URL", keycloakUrl + "/realms/" + REALM,
                "QUARKUS_OIDC_CLIENT_ID", "screenpop",
                "QUARKUS_OIDC_CREDENTIALS_SECRET", "screenpop-test-secret"));
        service.awaitReady();
        assertEquals(appPort, service.port());
    }

    private static void startKeycloak(Path dataDir, String appUrl) throws Exception {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3"));
        Path kcSh = home.resolve("bin/kc.sh");
        assertTrue(Files.exists(kcSh), "Keycloak is not unpacked at " + home + " (mvn verify unpacks it)");
        Path javaHome = Path.of(System.getProperty("keycloak.java.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        assertTrue(Files.exists(javaHome.resolve("bin/java")), "Keycloak 26 needs the JDK at " + javaHome);
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        String realm = Files.readString(Path.of("src/test/resources/keycloak/screenpop-realm.json"), StandardCharsets.UTF_8)
                .replace("${APP_URL}", appUrl);
        Files.writeString(imports.resolve("screenpop-realm.json"), realm, StandardCharsets.UTF_8);

        int port = PackagedService.freePort();
        keycloakUrl = "http://localhost:" + port;
        keycloakLog = dataDir.resolve("keycloak.log");
        ProcessBuilder pb = new ProcessBuilder("bash", kcSh.toString(), "start-dev", "--import-realm",
                "--http-port=" + port, "--http-management-port=" + PackagedService.freePort(),
                "--db=dev-mem", "--hostname=" + keycloakUrl);
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        pb.redirectErrorStream(true).redirectOutput(keycloakLog.toFile());
        keycloak = pb.start();

        URI discovery = URI.create(keycloakUrl + "/realms/" + REALM + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + Duration.ofSeconds(600).toNanos();
        while (System.nanoTime() < deadline) {
            if (!keycloak.isAlive()) {
                throw new AssertionError("Keycloak stopped:\n" + Files.readString(keycloakLog));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Keycloak not ready within 600 s:\n" + Files.readString(keycloakLog));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
                keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
                keycloak.destroyForcibly();
            }
        }
    }

    @Test
    void signInOnKeycloakOpensTheScreenpopAndSignOutEndsTheSession() throws Exception {
        try (Browser browser = new Browser("keycloak-sign-in")) {
            WebDriver driver = browser.driver();
            // the phone system opens the screenpop before the agent has signed in
            driver.get(service.url() + "/screenpop?phone=4085551212");
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
            assertTrue(driver.getCurrentUrl().startsWith(keycloakUrl + "/realms/" + REALM + "/protocol/openid-connect/auth"),
                    driver.getCurrentUrl());
            browser.screenshot("keycloak-login");
            enterPassword(driver, "alice");

            // back at the exact screenpop, which pops the caller's company
            browser.await().until(ExpectedConditions.urlContains("/companies/1"));
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "ACME Corporation"));
            browser.screenshot("company-page");
            String header = driver.findElement(By.cssSelector("header.top")).getText();
            assertTrue(header.contains("Signed in as Alice Agent (admin)"),
                    "the header names the user and the realm role from the access token made them admin: " + header);
            assertTrue(driver.findElements(By.cssSelector(".badge-signin-off")).isEmpty(), "no Sign-in is off badge");
            // the session also reaches the JSON API the page uses
            driver.get(service.url() + "/api/companies/search?q=acme");
            assertTrue(driver.getPageSource().contains("ACME Corporation"), driver.getPageSource());

            driver.get(service.url() + "/companies/1");
            browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.sign-out"))).click();
            browser.await().until(ExpectedConditions.urlContains(service.url() + "/signed-out"));
            assertTrue(driver.getPageSource().contains("You are signed out"));
            browser.screenshot("signed-out");

            // signed out at Keycloak too: the next page asks for the password again
            driver.get(service.url() + "/companies/1");
            browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
            assertTrue(driver.getCurrentUrl().startsWith(keycloakUrl), driver.getCurrentUrl());
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(e.getMessage() + "\n--- service log ---\n" + tail(service.log())
                    + "\n--- keycloak log ---\n" + tail(Files.readString(keycloakLog)), e);
        }
    }

    @Test
    void agentsLogCallsChargedToTheirOwnMemberAndMayNotOpenAdminPages() throws Exception {
        try {
            // the admin maps dan, whose address is no member's primary or office e-mail, to Daniel Okafor
            try (Browser browser = new Browser("keycloak-admin-maps")) {
                WebDriver driver = signIn(browser, "/admin/members", "alice");
                WebElement form = driver.findElement(By.id("map-form"));
                form.findElement(By.name("email")).sendKeys("dan.okafor@home.example");
                browser.await().until(d -> form.findElements(By.cssSelector("select.members option")).size() > 1);
                new Select(form.findElement(By.name("member_identifier"))).selectByValue("dokafor");
                form.findElement(By.cssSelector("button[type=submit]")).click();
                browser.await().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#mappings tr[data-email='dan.okafor@home.example']")));
                assertTrue(driver.findElement(By.id("mappings")).getText().contains("Daniel Okafor (dokafor)"),
                        driver.findElement(By.id("mappings")).getText());
                browser.screenshot("mapped");
            }
            // tina by her e-mail (the member's primaryEmail, in another case), dan by the mapping
            assertCallChargedTo("tina", "Tina Lopez", "tlopez");
            assertCallChargedTo("dan", "Daniel Okafor", "dokafor");
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(e.getMessage() + "\n--- service log ---\n" + tail(service.log())
                    + "\n--- keycloak log ---\n" + tail(Files.readString(keycloakLog)), e);
        }
    }

    /**
     * Signs {@code user} (no admin role) in on a screenpop, logs a call with 12 minutes on a new ticket of the
     * caller's company and reads the time entry back from ConnectWise; then the admin pages answer 403.
     */
    private static void assertCallChargedTo(String user, String name, String member) throws Exception {
        int ticket = newTicket("Printer offline (" + user + ")");
        try (Browser browser = new Browser("keycloak-agent-" + user)) {
            WebDriver driver = signIn(browser, "/screenpop?phone=4085551212", user);
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "ACME Corporation"));
            String header = driver.findElement(By.cssSelector("header.top")).getText();
            assertTrue(header.contains("Signed in as " + name) && !header.contains("(admin)"), header);
            assertTrue(driver.findElements(By.cssSelector("nav.site a[href='/admin/audit']")).isEmpty(), "no Audit link");
            assertTrue(driver.findElements(By.id("agent-member")).isEmpty(), "no Logging as picker");
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agent-self"), name));

            browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#ticket-" + ticket + " button.log-call")))
                    .click();
            WebElement log = driver.findElement(By.id("log-call-form"));
            browser.await().until(ExpectedConditions.visibilityOf(log));
            log.findElement(By.name("note_text")).sendKeys("restarted the spooler.");
            log.findElement(By.name("minutes")).sendKeys("12");
            log.findElement(By.cssSelector("button[type=submit]")).click();
            browser.await().until(d -> d.findElement(By.id("status")).getText().startsWith("Call logged"));
            browser.screenshot("call-logged");

            JsonNode time = cwGet("/time/entries?conditions=" + URLEncoder.encode("chargeToId = " + ticket, StandardCharsets.UTF_8));
            assertEquals(1, time.size(), time.toString());
            assertEquals(member, time.get(0).path("member").path("identifier").asText(), time.toString());
            assertEquals(0.2, time.get(0).path("actualHours").asDouble(), 0.001, time.toString());
            JsonNode notes = cwGet("/service/tickets/" + ticket + "/notes");
            assertEquals(member, notes.get(0).path("member").path("identifier").asText(), notes.toString());

            for (String admin : List.of("/admin/audit", "/admin/members")) {
                driver.get(service.url() + admin);
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Not allowed"));
                assertTrue(driver.getPageSource().contains("This is for administrators"), admin);
            }
            browser.screenshot("not-allowed");
            HttpResponse<String> audit = browserGet(driver, "/api/audit");
            assertEquals(403, audit.statusCode(), audit.body());
        }
    }

    /** Opens {@code path}, signs {@code user} in on Keycloak's login page and waits to be back on the service. */
    private static WebDriver signIn(Browser browser, String path, String user) {
        WebDriver driver = browser.driver();
        driver.get(service.url() + path);
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        enterPassword(driver, user);
        browser.await().until(ExpectedConditions.urlContains(service.url()));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top .signed-in")));
        return driver;
    }

    /** Fills Keycloak's login form; the realm's test passwords are {@code <user>-password}. */
    private static void enterPassword(WebDriver driver, String user) {
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-password");
        driver.findElement(By.id("kc-login")).click();
    }

    /** GET with the browser's session cookie, to read a JSON status the page would show as text. */
    private static HttpResponse<String> browserGet(WebDriver driver, String path) throws Exception {
        StringBuilder cookies = new StringBuilder();
        driver.manage().getCookies().forEach(c -> cookies.append(c.getName()).append('=').append(c.getValue()).append("; "));
        return HTTP.send(HttpRequest.newBuilder(URI.create(service.url() + path)).header("Cookie", cookies.toString())
                .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** @return the new ticket's id, created for ACME Corporation on the Help Desk board in the sandbox */
    private static int newTicket(String summary) throws Exception {
        String body = JSON.writeValueAsString(Map.of("summary", summary, "company", Map.of("id", 1), "board", Map.of("id", 1)));
        HttpResponse<String> created = HTTP.send(cw(CW_API + "/service/tickets")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("id").asInt();
    }

    private static JsonNode cwGet(String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(cw(CW_API + path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    private static HttpRequest.Builder cw(String path) {
        return HttpRequest.newBuilder(URI.create(service.url() + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", CW_AUTH).header("clientId", "client").header("Content-Type", "application/json");
    }

    @Test
    void healthIsOnTheManagementPortOnly() throws Exception {
        assertEquals(200, PackagedService.get(service.managementPort(), "/q/health/ready").statusCode());
        assertTrue(PackagedService.get(service.managementPort(), "/q/metrics").body().contains("screenpop_index_numbers"));
        HttpResponse<String> publicHealth = PackagedService.get(service.port(), "/q/health/ready");
        assertTrue(List.of(302, 404).contains(publicHealth.statusCode()), "not served on the public port: " + publicHealth.statusCode());
        assertTrue(!publicHealth.body().contains("\"UP\""));
    }

    private static String tail(String log) {
        return log.length() > 6000 ? log.substring(log.length() - 6000) : log;
    }
}
