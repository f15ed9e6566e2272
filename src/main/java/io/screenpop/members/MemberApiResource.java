package io.screenpop.members;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/members}: the active ConnectWise members, for "who is logging this call" and extension assignment. */
@Path("/api/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberApiResource {

    private final Members members;

    /** CDI constructor. */
    public MemberApiResource(Members members) {
        this.members = members;
    }

    /** @return {@code [{"id":1,"identifier":"tlopez","name":"Tina Lopez","title":"Service Desk Lead"}, …]} */
    @GET
    public List<MemberView> active() {
        return members.active().stream().map(MemberView::of).toList();
    }
}
