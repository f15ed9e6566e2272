package io.screenpop.home;

import io.screenpop.openapi.ApiSecurity;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.screenpop.api.WriteAnswer;

/** {@code GET /api/search?q=…}: the home page's search as the agent types ({@link HomeSearch}). */
@Tag(name = "Pages")
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApiResource {

    private final HomeSearch search;

    /** CDI constructor. */
    public SearchApiResource(HomeSearch search) {
        this.search = search;
    }

    /**
     * @param q a phone number or at least 2 characters of a name
     * @return 200 with up to 16 {@link SearchHit}s, or 400 naming {@code q} when it is shorter than 2 characters
     */
    @Operation(summary = "Search the index by number, company or contact name (the home box)")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @APIResponse(responseCode = "200", description = "Matches, best first",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "matches", value = "[{\"label\":\"ACME Corporation\",\"detail\":\"San Jose, CA\",\"url\":\"/companies/1\"}]")))
    @APIResponse(responseCode = "400", description = "Too short",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "tooShort", value = "{\"error\":\"Bad Request\",\"message\":\"Type at least 2 characters\"}")))
    @GET
    public Response search(@QueryParam("q") String q) {
        if (q == null || q.strip().length() < 2) {
            return Response.status(400).entity(WriteAnswer.invalid("Type at least 2 characters to search.",
                    Map.of("q", "Search needs at least 2 characters"))).build();
        }
        return Response.ok(search.search(q)).build();
    }
}
