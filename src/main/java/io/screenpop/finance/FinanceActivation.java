package io.screenpop.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.screenpop.connectwise.Conditions;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.ConnectWiseException;
import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.PatchOperation;
import io.screenpop.connectwise.model.Reference;
import io.screenpop.connectwise.model.TaxCode;

/**
 * Activates finance for a new company by setting its billing fields with one JSON Patch on
 * {@code /company/companies/{id}}: {@code billingTerms}, {@code taxCode}, {@code accountNumber} and
 * {@code billingContact}. ({@code /finance/companyFinance} is read-only in the official API.)
 * Failures never undo the company: they come back as warnings for the agent.
 */
@ApplicationScoped
public class FinanceActivation {

    private static final Logger LOG = Logger.getLogger(FinanceActivation.class);

    private final ConnectWise connectWise;
    private final FinanceConfig config;

    /** CDI constructor. */
    public FinanceActivation(ConnectWise connectWise, FinanceConfig config) {
        this.connectWise = connectWise;
        this.config = config;
    }

    /**
     * @param company   the new company (id and identifier set)
     * @param contactId its primary contact, made the billing contact
     * @return warnings for whatever could not be set; empty when finance is fully active
     */
    public List<String> activate(Company company, int contactId) {
        List<String> warnings = new ArrayList<>();
        List<PatchOperation> patch = new ArrayList<>();
        try {
            billingTermsId().ifPresentOrElse(id -> patch.add(PatchOperation.replace("billingTerms", Reference.ofId(id))),
                    () -> warnings.add("No billing terms named '" + config.billingTermsName()
                            + "' in ConnectWise: set the company's billing terms by hand"));
            taxCodeId().ifPresentOrElse(id -> patch.add(PatchOperation.replace("taxCode", Reference.ofId(id))),
                    () -> warnings.add("No tax code to assign in ConnectWise: set the company's tax code by hand"));
        } catch (ConnectWiseException e) {
            warnings.add("Finance was not activated: ConnectWise could not list billing terms or tax codes ("
                    + e.getMessage() + ")");
            return warnings;
        }
        patch.add(PatchOperation.replace("accountNumber", config.accountNumber()
                .replace("{identifier}", company.identifier()).replace("{companyId}", Integer.toString(company.id()))));
        patch.add(PatchOperation.replace("billingContact", Reference.ofId(contactId)));
        try {
            connectWise.patchCompany(company.id(), patch);
        } catch (RuntimeException e) {
            LOG.warnf("Finance activation of company %d failed: %s", company.id(), e.getMessage());
            warnings.add("Finance was not activated: " + e.getMessage() + ". Set billing terms and tax code by hand.");
        }
        return warnings;
    }

    private Optional<Integer> billingTermsId() {
        if (config.billingTermsId().isPresent()) {
            return config.billingTermsId();
        }
        Optional<Integer> named = connectWise.billingTerms(CwQuery.where(Conditions.eq("name", config.billingTermsName())).pageSize(1))
                .stream().map(Reference::id).findFirst();
        return named.isPresent() ? named
                : connectWise.billingTerms(CwQuery.where(Conditions.eq("defaultFlag", true)).pageSize(1)).stream().map(Reference::id).findFirst();
    }

    private Optional<Integer> taxCodeId() {
        if (config.taxCodeId().isPresent()) {
            return config.taxCodeId();
        }
        Conditions conditions = config.taxCodeName()
                .map(n -> Conditions.or(Conditions.eq("identifier", n), Conditions.eq("description", n)))
                .orElse(Conditions.eq("defaultFlag", true));
        return connectWise.taxCodes(CwQuery.where(conditions).pageSize(1)).stream().map(TaxCode::id).findFirst();
    }
}
