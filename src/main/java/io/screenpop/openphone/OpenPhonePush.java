package io.screenpop.openphone;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of pushing a new contact to OpenPhone, as the create answers carry it in {@code "openphone"}.
 *
 * @param integrated whether OpenPhone has the contact
 * @param contactId  OpenPhone's contact id, or {@code null}
 * @param error      why not, when not integrated
 */
public record OpenPhonePush(boolean integrated, String contactId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String error) {
}
