package io.screenpop.connectwise.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A service ticket ({@code /service/tickets}, schema {@code Ticket}), trimmed to the fields this
 * service reads.
 *
 * @param id         ticket number
 * @param summary    one-line summary (≤ 100)
 * @param board      {@code BoardReference} {id, name}
 * @param status     {@code ServiceStatusReference} {id, name}
 * @param type       {@code ServiceTypeReference} {id, name}
 * @param priority   {@code PriorityReference} {id, name}
 * @param company    {@code CompanyReference} {id, identifier, name}
 * @param contact    {@code ContactReference} {id, name}
 * @param owner      {@code MemberReference} {id, identifier, name}
 * @param resources  identifiers of the members assigned, comma-separated
 * @param closedFlag whether the ticket's status is a closed status
 * @param info       {@code _info} with {@code dateEntered} and {@code lastUpdated}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ticket(Integer id, String summary, Reference board, Reference status, Reference type,
        Reference priority, Reference company, Reference contact, Reference owner, String resources,
        Boolean closedFlag, @JsonProperty("_info") Map<String, String> info) {

    /** Fields requested with {@code fields=} when listing tickets. */
    public static final String LIST_FIELDS = "id,summary,board,status,type,priority,company,contact,owner,resources,closedFlag,_info";
}
