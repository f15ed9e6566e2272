package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A ConnectWise reference object ({@code CompanyReference}, {@code CountryReference},
 * {@code CommunicationTypeReference}, {@code CompanyStatusReference} …): an id with a display name
 * and, for companies and members, an identifier.
 *
 * @param id         record id, or {@code null}
 * @param identifier short unique code (companies, members), or {@code null}
 * @param name       display name, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reference(Integer id, String identifier, String name) {

    /** @return a reference by id only, as ConnectWise accepts in request bodies */
    public static Reference ofId(int id) {
        return new Reference(id, null, null);
    }
}
