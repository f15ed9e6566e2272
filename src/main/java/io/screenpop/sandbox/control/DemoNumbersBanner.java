package io.screenpop.sandbox.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.screenpop.home.DemoNumbers.DemoNumber;

/** The sandbox phone numbers worth trying in the screenpop: the dev-mode log hint and the home page list. */
final class DemoNumbersBanner {

    /** The demo data's interesting numbers, a known caller, a shared number and an unknown one first. */
    static final List<DemoNumber> NUMBERS = List.of(
            new DemoNumber("408.555.7001", "Jane Doe's cell at ACME Corporation (a known caller)"),
            new DemoNumber("503-555-0150", "Pat Lee at Initech AND Initrode (a shared number: choose the company)"),
            new DemoNumber("+1 202 555 0199", "nobody (an unknown caller: pick-or-create)"),
            new DemoNumber("4085551212", "ACME Corporation main line"),
            new DemoNumber("(408) 555-1212", "the same number, formatted"),
            new DemoNumber("+1 408 555 1213", "Jane Doe, Direct, ext. 204"),
            new DemoNumber("+442079460958", "Globex UK Ltd main line (UK)"),
            new DemoNumber("+44 20 7946 0959", "Nigel Thornberry's UK direct line"),
            new DemoNumber("2125550175", "Alice Ng and Bob Stone at Umbrella Health (one number, two contacts)"),
            new DemoNumber("617-555-0190", "Walk-in Caller, a contact without company"),
            new DemoNumber("617 555 0112", "Mallory at \"Tom & Jerry's <Script> Shop\" (markup in names)"),
            new DemoNumber("anonymous", "a withheld caller ID"));

    private DemoNumbersBanner() {
    }

    /** @return a multi-line block of example URLs for {@code http://localhost:port/screenpop?phone=...} */
    static String text(int port) {
        String base = "http://localhost:" + port + "/screenpop?phone=";
        StringBuilder out = new StringBuilder("ConnectWise sandbox is on with demo data. Open http://localhost:")
                .append(port).append("/ or try:");
        for (DemoNumber n : NUMBERS) {
            out.append(System.lineSeparator()).append("  Try ").append(base)
                    .append(URLEncoder.encode(n.phone(), StandardCharsets.UTF_8)).append(" (").append(n.what()).append(')');
        }
        return out.toString();
    }
}
