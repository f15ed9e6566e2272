package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of a contact's {@code communicationItems} (schema {@code ContactCommunicationItem}).
 *
 * @param id                item id
 * @param type              the instance's communication type, e.g. {@code {id:2,name:"Cell"}}
 * @param value             the number or address as stored
 * @param extension         phone extension (≤ 15 chars), or {@code null}
 * @param defaultFlag       whether it is the contact's default of its kind
 * @param communicationType {@code Phone}, {@code Fax} or {@code Email}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunicationItem(Integer id, Reference type, String value, String extension, Boolean defaultFlag,
        String communicationType) {

    /**
     * @return true for phone and fax numbers (not e-mail addresses); not a property of the
     *         official {@code ContactCommunicationItem} schema, so never serialised
     */
    @JsonIgnore
    public boolean isNumber() {
        return !"Email".equalsIgnoreCase(communicationType);
    }
}
