package io.screenpop.signin;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.screenpop.members.MemberView;

/**
 * Answers of the member-mapping API.
 */
public final class AgentMemberView {

    private AgentMemberView() {
    }

    /**
     * {@code GET /api/members/me}: who the caller's writes are charged to.
     *
     * @param signedIn   whether a user is signed in; {@code false} with sign-in off and for API keys, who name
     *                   the member in each write
     * @param email      the signed-in user's e-mail, or {@code null}
     * @param member     their member, or {@code null}
     * @param source     {@code mapping} or {@code email}, or {@code null}
     * @param canLogTime whether time can be logged without naming a member
     * @param message    what the page tells the agent
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Me(@JsonProperty("signed_in") boolean signedIn, String email, MemberView member, String source,
            @JsonProperty("can_log_time") boolean canLogTime, String message) {
    }

    /**
     * One explicit mapping.
     *
     * @param email            the user's e-mail (lower case)
     * @param memberIdentifier the member identifier
     * @param memberName       the member's name when mapped
     * @param mappedBy         who mapped
     * @param mappedAt         when
     */
    public record Mapping(String email, @JsonProperty("member_identifier") String memberIdentifier,
            @JsonProperty("member_name") String memberName, @JsonProperty("mapped_by") String mappedBy,
            @JsonProperty("mapped_at") Instant mappedAt) {

        /** @return the view of a row */
        public static Mapping of(AgentMember row) {
            return new Mapping(row.email, row.memberIdentifier, row.memberName, row.mappedBy, row.mappedAt);
        }
    }

    /**
     * Answer of a mapping change.
     *
     * @param success whether it happened
     * @param message what happened
     * @param mapping the mapping, or {@code null} after a removal
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Changed(boolean success, String message, Mapping mapping) {
    }
}
