package io.screenpop.companies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.screenpop.api.InvalidInputException;
import io.screenpop.api.PartialWriteException;
import io.screenpop.api.WriteAnswer;
import io.screenpop.connectwise.Conditions;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.ConnectWiseFailure;
import io.screenpop.connectwise.ConnectWiseRejectedException;
import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.NewCompany;
import io.screenpop.connectwise.model.PatchOperation;
import io.screenpop.connectwise.model.Reference;
import io.screenpop.contacts.ContactWrites;
import io.screenpop.finance.FinanceActivation;
import io.screenpop.openphone.OpenPhonePush;
import io.screenpop.phone.CountryRegions;
import io.screenpop.phone.NormalizedPhone;
import io.screenpop.phone.PhoneNumberNormalizer;
import io.screenpop.contacts.StoredNumber;
import io.screenpop.sync.SyncService;

/**
 * Creates a company with its primary contact, the one service behind the page and
 * {@code POST /api/companies/create}:
 * <ol>
 * <li>resolve the territory by name ({@code /system/locations}) and derive a unique identifier;</li>
 * <li>{@code POST /company/companies};</li>
 * <li>create the contact with phone and e-mail ({@link ContactWrites});</li>
 * <li>PATCH the company's {@code defaultContact};</li>
 * <li>activate finance ({@link FinanceActivation}).</li>
 * </ol>
 * Steps 4 and 5 failing leave a usable company and come back as warnings. Step 3 failing after the
 * company exists answers with the company's id and identifier, so nothing is orphaned silently.
 * Company and contact are in the index as soon as ConnectWise has them.
 */
@ApplicationScoped
public class CompanyCreation {

    private static final Logger LOG = Logger.getLogger(CompanyCreation.class);

    private final ConnectWise connectWise;
    private final CompanyIdentifiers identifiers;
    private final ContactWrites contacts;
    private final FinanceActivation finance;
    private final PhoneNumberNormalizer normalizer;
    private final StoredNumber stored;
    private final SyncService sync;

    /** CDI constructor. */
    public CompanyCreation(ConnectWise connectWise, CompanyIdentifiers identifiers,
            ContactWrites contacts, FinanceActivation finance, PhoneNumberNormalizer normalizer, StoredNumber stored,
            SyncService sync) {
        this.connectWise = connectWise;
        this.identifiers = identifiers;
        this.contacts = contacts;
        this.finance = finance;
        this.normalizer = normalizer;
        this.stored = stored;
        this.sync = sync;
    }

    /**
     * What was created.
     *
     * @param company     the company as ConnectWise holds it
     * @param contactId   the primary contact
     * @param warnings    steps that did not work (default contact, finance)
     * @param redirectUrl the screenpop target for the contact's number
     * @param openphone   the contact's OpenPhone push, or {@code null} when OpenPhone is not configured
     */
    public record Created(Company company, int contactId, List<String> warnings, String redirectUrl,
            OpenPhonePush openphone) {
    }

    /**
     * @param draft the validated form
     * @return what was created
     * @throws InvalidInputException        for a territory ConnectWise does not have, or unparseable numbers
     * @throws ConnectWiseRejectedException when ConnectWise refuses the company (nothing was created)
     * @throws PartialWriteException        when the contact failed after the company was created
     */
    public Created create(CompanyDraft draft) {
        NormalizedPhone companyPhone = normalizer.normalize(draft.companyPhone()).orElseThrow(
                () -> new InvalidInputException("company_phone", "is not a phone number we can dial"));
        Reference territory = territory(draft.territory());
        Reference country = country(draft.country());
        String identifier = identifiers.unique(draft.name());
        Company company;
        try {
            company = connectWise.createCompany(newCompany(draft, identifier, companyPhone, territory, country));
        } catch (ConnectWiseRejectedException e) {
            if (!e.fieldErrors().stream().anyMatch(f -> "identifier".equalsIgnoreCase(f.field()))) {
                throw e;
            }
            // someone took the identifier between our check and the create: take the next one
            company = connectWise.createCompany(newCompany(draft, identifiers.unique(identifier + " 2"), companyPhone, territory, country));
        }
        sync.refreshCompany(company);
        LOG.infof("Company %d (%s) created", company.id(), company.identifier());

        ContactWrites.CreatedContact contact;
        try {
            contact = contacts.createContact(company.id(), draft.firstName(), draft.lastName(), draft.phone(),
                    draft.email(), "Direct");
        } catch (RuntimeException e) {
            boolean cw = ConnectWiseFailure.isConnectWiseFailure(e);
            int status = cw ? ConnectWiseFailure.of(e).status() : 502;
            String why = cw ? ConnectWiseFailure.of(e).message()
                    : e instanceof InvalidInputException ? e.getMessage() : e.getClass().getSimpleName();
            throw new PartialWriteException(status, new WriteAnswer(false, "Company '" + company.name() + "' ("
                    + company.identifier() + ", id " + company.id() + ") was created in ConnectWise, but its contact "
                    + "could not be: " + why + ". Add the contact to that company instead of creating it again.",
                    company.id(), null, null, null, "/companies/" + company.id(), null), e);
        }
        int contactId = contact.contact().id();
        List<String> warnings = new ArrayList<>();
        try {
            connectWise.patchCompany(company.id(), List.of(PatchOperation.replace("defaultContact", Reference.ofId(contactId))));
        } catch (RuntimeException e) {
            warnings.add("The contact was not made the company's default contact: " + e.getMessage());
        }
        warnings.addAll(finance.activate(company, contactId));
        return new Created(company, contactId, warnings, contact.redirectUrl(), contact.openphone());
    }

    private NewCompany newCompany(CompanyDraft d, String identifier, NormalizedPhone phone, Reference territory,
            Reference country) {
        return new NewCompany(identifier, d.name().strip(), d.address().strip(), blankToNull(d.address2()),
                d.city().strip(), d.state().strip().toUpperCase(Locale.ROOT), d.zipCode().strip(),
                country, stored.valueOf(phone, CountryRegions.regionOf(d.country()).orElse(null)),
                territory);
    }

    private Reference territory(String name) {
        return byName(connectWise::locations, "territory", name == null || name.isBlank() ? "Main" : name.strip());
    }

    /** A country other than ConnectWise's default is referenced by id; none given keeps the default. */
    private Reference country(String name) {
        return name == null || name.isBlank() ? null : byName(connectWise::countries, "country", name.strip());
    }

    /**
     * @param list  a ConnectWise list read with a typed query
     * @param field the form field, which is also the kind of record in the error
     * @param name  the record's name
     * @return a reference by id to the record of that name
     * @throws InvalidInputException 400 naming {@code field} when ConnectWise has no such record
     */
    private static Reference byName(java.util.function.Function<CwQuery, java.util.List<Reference>> list,
            String field, String name) {
        return list.apply(CwQuery.where(Conditions.eq("name", name)).pageSize(1)).stream().findFirst()
                .map(r -> Reference.ofId(r.id()))
                .orElseThrow(() -> new InvalidInputException(field, "ConnectWise has no " + field + " named '" + name + "'"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
