package io.screenpop.sandbox.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The dev-mode hint listing sandbox phone numbers worth trying in the screenpop. */
final class DemoNumbersBanner {

    private DemoNumbersBanner() {
    }

    /** @return a multi-line block of example URLs for {@code http://localhost:port/screenpop?phone=...} */
    static String text(int port) {
        String base = "http://localhost:" + port + "/screenpop?phone=";
        StringBuilder out = new StringBuilder("ConnectWise sandbox is on with demo data. Numbers to try:");
        line(out, base, "4085551212", "ACME Corporation main line");
        line(out, base, "(408) 555-1212", "same number, formatted");
        line(out, base, "+1 408 555 1213", "Jane Doe, Direct, ext. 204");
        line(out, base, "408.555.7001", "Jane Doe's cell");
        line(out, base, "+442079460958", "Globex UK Ltd main line (UK)");
        line(out, base, "+44 20 7946 0959", "Nigel Thornberry's UK direct line");
        line(out, base, "503-555-0150", "Pat Lee at Initech AND Initrode (shared number)");
        line(out, base, "2125550175", "Alice Ng and Bob Stone at Umbrella Health (one number, two contacts)");
        line(out, base, "617-555-0190", "Walk-in Caller, a contact without company");
        line(out, base, "617 555 0112", "Mallory at \"Tom & Jerry's <Script> Shop\" (markup in names)");
        line(out, base, "+1 202 555 0199", "nobody (unknown caller)");
        return out.toString();
    }

    private static void line(StringBuilder out, String base, String phone, String what) {
        out.append(System.lineSeparator()).append("  Try ").append(base)
                .append(URLEncoder.encode(phone, StandardCharsets.UTF_8)).append(" (").append(what).append(')');
    }
}
