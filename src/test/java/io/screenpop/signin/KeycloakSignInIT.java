package io.screenpop.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.screenpop.support.Browser;
import io.screenpop.support.PackagedService;

/**
 * Sign-in in a real browser against a real Keycloak: Keycloak 26 ({@code keycloak-quarkus-dist}, unpacked into
 * {@code target/keycloak} by the Maven dependency plugin) runs {@code start-dev} on the Temurin 25 JDK on a free port
 * with the realm of {@code src/test/resources/keycloak/screenpop-realm.json}; the packaged service runs in the prod
 * profile with only the standard {@code QUARKUS_OIDC_*} settings ({@code SCREENPOP_AUTH} unset, so {@code oidc}).
 * Chromium opens a screenpop before signing in, signs in on Keycloak's own login page, lands on the caller's
 * company page, and signs out at Keycloak. When Keycloak cannot start the test fails; it never skips.
 */
class KeycloakSignInIT {

    private static final String REALM = "screenpop";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

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
            driver.findElement(By.id("username")).sendKeys("alice");
            driver.findElement(By.id("password")).sendKeys("alice-password");
            driver.findElement(By.id("kc-login")).click();

            // back at the exact screenpop, which pops the caller's company
            browser.await().until(ExpectedConditions.urlContains("/companies/1"));
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "ACME Corporation"));
            browser.screenshot("company-page");
            String header = driver.findElement(By.cssSelector("header.top")).getText();
            assertTrue(header.contains("Signed in as Alice Agent (admin)"),
                    "the header names the user and the realm role from the access token made them admin: " + header);
            assertTrue(driver.findElements(By.cssSelector(".badge-signin-off")).isEmpty(), "no Sign-in is off badge");
            // stream 10b hooks in here: log a call on one of the company's tickets, charged to alice's member

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
