package io.screenpop.home;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.screenpop.openapi.ApiSecurity;
import io.screenpop.index.IndexRepository;
import io.screenpop.index.IndexState;
import io.screenpop.index.PhoneIndex;

/** {@code GET /}: look up a number by hand, and see how big and fresh the index is. */
@Path("/")
@Tag(name = "Pages")
@SecurityRequirement(name = ApiSecurity.SESSION)
public class HomeResource {

    private final PhoneIndex index;
    private final IndexRepository repository;

    /** CDI constructor. */
    public HomeResource(PhoneIndex index, IndexRepository repository) {
        this.index = index;
        this.repository = repository;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(int numbers, int entries, IndexState state);
    }

    /** @return the home page */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Home: look a number up by hand")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>screenpop</h1>…</html>")))
    public TemplateInstance home() {
        return Templates.home(index.view().numbers(), index.view().entries(), repository.state());
    }
}
