package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A communication type of this ConnectWise instance ({@code /company/communicationTypes}); names
 * such as Direct, Cell or Fax differ per instance and are read, never hard-coded.
 *
 * @param id          type id
 * @param description type name as shown in ConnectWise
 * @param phoneFlag   true for phone types
 * @param faxFlag     true for fax types
 * @param emailFlag   true for e-mail types
 * @param defaultFlag true for the instance's default type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunicationType(Integer id, String description, Boolean phoneFlag, Boolean faxFlag,
        Boolean emailFlag, Boolean defaultFlag) {
}
