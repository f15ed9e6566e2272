package io.screenpop.companies;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;


import io.screenpop.connectwise.Conditions;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.model.Company;

/**
 * Derives a company identifier from its name: letters and digits only (accents folded), at most
 * {@link #MAX_LENGTH} characters (the schema's maximum for {@code Company.identifier}), made unique
 * against ConnectWise with a numeric suffix when taken ("AcmeCorp", "AcmeCorp2", …).
 */
@ApplicationScoped
public class CompanyIdentifiers {

    /** {@code Company.identifier} max length in the official schema (2022.1). */
    public static final int MAX_LENGTH = 25;

    private final ConnectWise connectWise;

    /** CDI constructor. */
    public CompanyIdentifiers(ConnectWise connectWise) {
        this.connectWise = connectWise;
    }

    /**
     * @param name a company name, e.g. "ACME Corporation (San José)"
     * @return the base identifier, e.g. "ACMECorporationSanJose"; "Company" when the name has no letters or digits
     */
    public static String base(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        for (String word : folded.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        String id = out.length() == 0 ? "Company" : out.toString();
        return id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id;
    }

    /**
     * @param name a company name
     * @return an identifier no ConnectWise company uses yet
     */
    public String unique(String name) {
        String base = base(name);
        String stem = base.length() > MAX_LENGTH - 3 ? base.substring(0, MAX_LENGTH - 3) : base;
        List<Company> taken = connectWise.companies(
                CwQuery.where(Conditions.startsWithText("identifier", stem)).fields("id,identifier"));
        Set<String> used = new HashSet<>();
        if (taken != null) {
            taken.forEach(c -> used.add(c.identifier() == null ? "" : c.identifier().toLowerCase(Locale.ROOT)));
        }
        if (!used.contains(base.toLowerCase(Locale.ROOT))) {
            return base;
        }
        for (int n = 2; n < 1000; n++) {
            String candidate = stem + n;
            if (!used.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free identifier for " + base);
    }
}
