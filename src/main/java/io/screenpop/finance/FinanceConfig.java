package io.screenpop.finance;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How a new company's finance is activated: which billing terms and tax code it gets, and its
 * account number. Ids win over names; names are looked up in {@code /finance/billingTerms} and
 * {@code /finance/taxCodes}.
 */
@ConfigMapping(prefix = "finance")
public interface FinanceConfig {

    /** Billing terms id ({@code FINANCE_BILLING_TERMS_ID}). */
    Optional<Integer> billingTermsId();

    /** Billing terms name when no id is set ({@code FINANCE_BILLING_TERMS_NAME}); else the default terms. */
    @WithDefault("Net 30")
    String billingTermsName();

    /** Tax code id ({@code FINANCE_TAX_CODE_ID}). */
    Optional<Integer> taxCodeId();

    /** Tax code identifier or description when no id is set ({@code FINANCE_TAX_CODE_NAME}); else the default tax code. */
    Optional<String> taxCodeName();

    /** Account number template ({@code FINANCE_ACCOUNT_NUMBER}); {@code {identifier}} and {@code {companyId}} are replaced. */
    @WithDefault("{identifier}")
    String accountNumber();
}
