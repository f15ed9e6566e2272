package io.screenpop.home;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.inject.Instance;
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

/**
 * {@code GET /}: one search box for a number or a company or contact name ({@code home.js} asks
 * {@code /api/search} as the agent types; without script the form opens the screenpop), how big
 * and fresh the index is, and, outside production with the sandbox on, demo numbers to try.
 */
@Path("/")
@Tag(name = "Pages")
@SecurityRequirement(name = ApiSecurity.SESSION)
public class HomeResource {

    private final PhoneIndex index;
    private final IndexRepository repository;
    private final Instance<DemoNumbers> demo;

    /** CDI constructor. */
    public HomeResource(PhoneIndex index, IndexRepository repository, Instance<DemoNumbers> demo) {
        this.index = index;
        this.repository = repository;
        this.demo = demo;
    }

    /**
     * A demo number as the home page lists it.
     *
     * @param phone the number as a phone system might send it
     * @param what  who it belongs to
     * @param url   the screenpop for it
     */
    public record DemoLink(String phone, String what, String url) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(int numbers, int entries, IndexState state, String fullSyncedAt,
                List<DemoLink> demoNumbers);
    }

    /** @return the home page */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Home: look a number up by hand")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>screenpop</h1>…</html>")))
    public TemplateInstance home() {
        List<DemoLink> links = demo.stream().flatMap(d -> d.numbers().stream())
                .map(n -> new DemoLink(n.phone(), n.what(), "/screenpop?phone=" + URLEncoder.encode(n.phone(), StandardCharsets.UTF_8)))
                .toList();
        IndexState state = repository.state();
        return Templates.home(index.view().numbers(), index.view().entries(), state,
                io.screenpop.sync.SyncRunView.local(state.fullSyncedAt), links);
    }
}
