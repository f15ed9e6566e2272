package io.screenpop.threecx;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.screenpop.screenpop.ScreenpopLinks;
import io.screenpop.signin.AdminOnly;

/**
 * {@code GET /integrations/3cx/template.xml} (a signed-in admin, or an API key in a header; never in the query
 * string; with sign-in off a key is needed as before): the 3CX CRM
 * template for this server ({@link ThreeCxTemplate}), its URL taken from {@code PUBLIC_BASE_URL} or
 * the request. Upload it in 3CX Admin → Settings → CRM → Add.
 */
@Path("/integrations/3cx/template.xml")
public class ThreeCxTemplateResource {

    private final ThreeCxTemplate template;
    private final ScreenpopLinks links;

    /** CDI constructor. */
    public ThreeCxTemplateResource(ThreeCxTemplate template, ScreenpopLinks links) {
        this.template = template;
        this.links = links;
    }

    /**
     * @param uriInfo the request, for the base URL when {@code PUBLIC_BASE_URL} is unset
     * @return the template as an XML download
     */
    @GET
    @Produces(MediaType.APPLICATION_XML)
    @AdminOnly(keyWhenSignInOff = true)
    public Response template(@Context UriInfo uriInfo) {
        return Response.ok(template.render(links.base(uriInfo.getBaseUri())))
                .header("Content-Disposition", "attachment; filename=\"screenpop-3cx.xml\"")
                .header("Cache-Control", "no-store").build();
    }
}
