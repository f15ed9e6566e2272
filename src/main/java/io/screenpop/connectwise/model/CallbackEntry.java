package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A callback registration ({@code /system/callbacks}, schema {@code CallbackEntry} of connectwise-rest 1.3.0): where
 * ConnectWise POSTs changes of one type. For every record of a type: level {@code Owner} with objectId 1.
 *
 * @param id           registration id; {@code null} when creating
 * @param description  free text, at most 100 characters
 * @param url          where ConnectWise delivers
 * @param objectId     the object the level refers to (1 for {@code Owner})
 * @param type         {@code Contact}, {@code Company}, …
 * @param level        {@code Owner}, {@code Company}, …
 * @param inactiveFlag whether delivery is paused (ConnectWise sets it on a callback that keeps failing)
 * @param memberId     the member who registered it (read-only: left {@code null} when creating, so never sent)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallbackEntry(Integer id, String description, String url, Integer objectId, String type, String level,
        Boolean inactiveFlag, Integer memberId) {

    /** Fields requested when listing registrations. */
    public static final String FIELDS = "id,description,url,objectId,type,level,inactiveFlag,memberId";
}
