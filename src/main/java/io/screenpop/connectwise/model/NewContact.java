package io.screenpop.connectwise.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /company/contacts} (schema {@code Contact}).
 *
 * @param firstName          first name
 * @param lastName           last name
 * @param company            the company by id
 * @param communicationItems the contact's phone and e-mail
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewContact(String firstName, String lastName, Reference company,
        List<CommunicationItem> communicationItems) {
}
