package io.screenpop.threecx;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
import io.screenpop.screenpop.ScreenpopLinks;
import io.screenpop.signin.AdminOnly;

/**
 * {@code GET /integrations/3cx/template.xml} (a signed-in admin, or an API key in a header; never in the query
 * string; with sign-in off a key is needed as before): the 3CX CRM
 * template for this server ({@link ThreeCxTemplate}), its URL taken from {@code PUBLIC_BASE_URL} or
 * the request. Upload it in 3CX Admin → Settings → CRM → Add.
 */
@Path("/integrations/3cx/template.xml")
@Tag(name = "3CX")
@SecurityRequirement(name = ApiSecurity.SESSION)
@SecurityRequirement(name = ApiSecurity.API_KEY)
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
    @Operation(summary = "Download the 3CX CRM template for this server", description = "Upload it in 3CX Admin →"
            + " Settings → CRM → Add. Its screenpop URL is PUBLIC_BASE_URL (or this request's address); the API key"
            + " setting is left empty on purpose.")
    @APIResponse(responseCode = "200", description = "The template (an attachment)", content = @Content(mediaType = "application/xml",
            examples = @ExampleObject(name = "template", value = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Crm Name=\"screenpop for"
                    + " ConnectWise\" Version=\"2\" Country=\"US\"><Number Prefix=\"Plus\" MaxLength=\"\"/>…</Crm>")))
    @AdminOnly(keyWhenSignInOff = true)
    public Response template(@Context UriInfo uriInfo) {
        return Response.ok(template.render(links.base(uriInfo.getBaseUri())))
                .header("Content-Disposition", "attachment; filename=\"screenpop-3cx.xml\"")
                .header("Cache-Control", "no-store").build();
    }
}
