package io.screenpop.connectwise.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ConnectWise company ({@code /company/companies}, schema {@code Company}), trimmed to the
 * fields this service reads.
 *
 * @param id           company id
 * @param identifier   unique short code (≤ 25 chars per the schema)
 * @param name         company name (≤ 50 chars)
 * @param status       status reference, e.g. {@code Active}
 * @param addressLine1 address line 1
 * @param addressLine2 address line 2
 * @param city         city
 * @param state        state or county
 * @param zip          postal code
 * @param country      country reference; its name decides the region of the company's numbers
 * @param phoneNumber  main line (≤ 30 chars)
 * @param faxNumber    fax line (≤ 30 chars)
 * @param website      web site
 * @param deletedFlag  whether the company is deleted
 * @param info         {@code _info} with {@code lastUpdated} (ISO-8601 UTC)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Company(Integer id, String identifier, String name, Reference status, String addressLine1,
        String addressLine2, String city, String state, String zip, Reference country, String phoneNumber,
        String faxNumber, String website, Boolean deletedFlag, @JsonProperty("_info") Map<String, String> info) {

    /** Fields requested with {@code fields=} when reading companies for the index. */
    public static final String INDEX_FIELDS = "id,identifier,name,status,addressLine1,addressLine2,city,state,zip,"
            + "country,phoneNumber,faxNumber,website,deletedFlag,_info";
}
