package io.screenpop.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque's accessibility engine, from npm: {@code src/test/axe/package.json}, installed by
 * the build with {@code npm ci}) in the page the browser shows, and reports the serious and critical
 * violations of WCAG 2.x A/AA and best-practice rules. Injected with WebDriver, so the pages' CSP
 * (script-src 'self') does not apply to it.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of("src", "test", "axe", "node_modules", "axe-core", "axe.min.js");
    private static String source;

    private Axe() {
    }

    /**
     * @param driver a browser showing the page to check
     * @return one line per serious or critical violation ({@code rule (impact): help — nodes}); empty when clean
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script());
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] })"
                + ".then(function (r) { done(r.violations.map(function (v) { return { id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' '); }) }; })); })"
                + ".catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]); });");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            Object impact = v.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(v.get("id") + " (" + impact + "): " + v.get("help") + " — " + v.get("nodes"));
            }
        }
        return serious;
    }

    private static synchronized String script() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core is missing at " + SCRIPT.toAbsolutePath()
                        + ": the build installs it with npm ci (src/test/axe/package.json)", e);
            }
        }
        return source;
    }
}
