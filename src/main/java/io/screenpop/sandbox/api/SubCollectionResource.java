package io.screenpop.sandbox.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.SandboxApi;
import io.screenpop.sandbox.SandboxPaths;
import io.screenpop.sandbox.error.CwApiException;
import io.screenpop.sandbox.error.CwResponses;
import io.screenpop.sandbox.store.JsonCollection;
import io.screenpop.sandbox.store.SandboxStore;

/**
 * Collections three segments deep, such as {@code sales/activities/types}: list, count, get one and
 * create, like {@link ConnectWiseApiResource} does for two segments. {@code count} is never a
 * collection name, so {@code sales/activities/count} stays with {@link ConnectWiseApiResource}.
 */
@Path(SandboxPaths.API_BASE + "/{area: [A-Za-z]+}/{name: [A-Za-z]+}/{sub: (?!count$)[A-Za-z]+}")
@SandboxApi
public class SubCollectionResource {

    private final SandboxStore store;

    /** @param store the sandbox data */
    @Inject
    public SubCollectionResource(SandboxStore store) {
        this.store = store;
    }

    /** {@code GET /{collection}}: a page of records. */
    @GET
    public Response list(@PathParam("area") String area, @PathParam("name") String name, @PathParam("sub") String sub,
            @Context UriInfo uri, @HeaderParam(ListResponses.PAGINATION_TYPE) String paginationType) {
        JsonCollection collection = collection(area, name, sub);
        return ListResponses.list(collection.records(), collection.spec(), uri, paginationType);
    }

    /** {@code GET /{collection}/count}: {@code {"count": N}}. */
    @GET
    @Path("count")
    public Response count(@PathParam("area") String area, @PathParam("name") String name, @PathParam("sub") String sub,
            @Context UriInfo uri) {
        JsonCollection collection = collection(area, name, sub);
        return ListResponses.count(collection.records(), collection.spec(), uri);
    }

    /** {@code GET /{collection}/{id}}: one record or 404. */
    @GET
    @Path("{id: \\d+}")
    public Response get(@PathParam("area") String area, @PathParam("name") String name, @PathParam("sub") String sub,
            @PathParam("id") long id) {
        JsonCollection collection = collection(area, name, sub);
        ObjectNode record = collection.get(id);
        if (record == null) {
            throw CwApiException.notFound(collection.spec().resource(), id);
        }
        return CwResponses.json(200, record);
    }

    /** {@code POST /{collection}}: 201 with the stored record. */
    @POST
    public Response create(@PathParam("area") String area, @PathParam("name") String name, @PathParam("sub") String sub,
            String body) {
        return CwResponses.json(201, store.create(collection(area, name, sub).spec().path(), JsonBodies.parse(body)));
    }

    private JsonCollection collection(String area, String name, String sub) {
        return store.require(area + "/" + name + "/" + sub);
    }
}
