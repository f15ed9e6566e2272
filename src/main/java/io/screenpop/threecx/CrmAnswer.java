package io.screenpop.threecx;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answers of {@code POST /api/3cx/crm}, shaped for 3CX's CRM template (ids as strings, as 3CX
 * keeps them). Absent values are left out.
 */
public final class CrmAnswer {

    private CrmAnswer() {
    }

    /**
     * A contact holds the number.
     *
     * @param contactId ConnectWise contact id
     * @param type      always {@code contact}
     * @param firstname first name
     * @param lastname  last name
     * @param name      full name
     * @param company   company name
     * @param companyId ConnectWise company id
     * @param email     default e-mail address
     * @param phone     desk phone in E.164
     * @param mobile    mobile in E.164
     * @param webUrl    this service's screenpop for the number
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(@JsonProperty("contact_id") String contactId, String type, String firstname,
            String lastname, String name, String company, @JsonProperty("company_id") String companyId, String email,
            String phone, String mobile, @JsonProperty("web_url") String webUrl) {
    }

    /**
     * Only a company line holds the number.
     *
     * @param companyId ConnectWise company id
     * @param type      always {@code company}
     * @param company   company name
     * @param phone     the number in E.164
     * @param webUrl    this service's screenpop for the number
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Company(@JsonProperty("company_id") String companyId, String type, String company, String phone,
            @JsonProperty("web_url") String webUrl) {
    }

    /** @param newNumber always true: nobody holds the number */
    public record NewNumber(@JsonProperty("new_number") boolean newNumber) {
    }

    /** @param newEmail always true: no contact has the e-mail address */
    public record NewEmail(@JsonProperty("new_email") boolean newEmail) {
    }
}
