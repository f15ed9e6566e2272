package io.screenpop.home;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.screenpop.index.IndexRepository;
import io.screenpop.index.IndexState;
import io.screenpop.index.PhoneIndex;

/** {@code GET /}: look up a number by hand, and see how big and fresh the index is. */
@Path("/")
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
    public TemplateInstance home() {
        return Templates.home(index.view().numbers(), index.view().entries(), repository.state());
    }
}
