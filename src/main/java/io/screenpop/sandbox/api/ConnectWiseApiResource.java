package io.screenpop.sandbox.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import io.screenpop.sandbox.store.ChildCollections;
import io.screenpop.sandbox.store.ChildCollections.Child;
import io.screenpop.sandbox.store.JsonCollection;
import io.screenpop.sandbox.store.SandboxStore;

/**
 * The generic ConnectWise collection endpoints, {@code {area}/{name}} being a path of
 * {@link io.screenpop.sandbox.store.SandboxCollections}: list, count, get, create, replace,
 * JSON-Patch update and delete; and the sub-collections of {@link ChildCollections#ALL}
 * ({@code {area}/{name}/{parentId}/{child}}, e.g. {@code service/tickets/5/notes}): list, count, get, add.
 */
@Path(SandboxPaths.API_BASE)
@SandboxApi
public class ConnectWiseApiResource {

    private final SandboxStore store;
    private final ChildCollections children;

    /** @param store the sandbox data @param children the sub-collections */
    @Inject
    public ConnectWiseApiResource(SandboxStore store, ChildCollections children) {
        this.store = store;
        this.children = children;
    }

    /** {@code GET /{collection}}: a page of records, navigable or forward-only. */
    @GET
    @Path("{area}/{name}")
    public Response list(@PathParam("area") String area, @PathParam("name") String name, @Context UriInfo uri,
            @HeaderParam(ListResponses.PAGINATION_TYPE) String paginationType) {
        JsonCollection collection = collection(area, name);
        return ListResponses.list(collection.records(), collection.spec(), uri, paginationType);
    }

    /** {@code GET /{collection}/count}: {@code {"count": N}}. */
    @GET
    @Path("{area}/{name}/count")
    public Response count(@PathParam("area") String area, @PathParam("name") String name, @Context UriInfo uri) {
        JsonCollection collection = collection(area, name);
        return ListResponses.count(collection.records(), collection.spec(), uri);
    }

    /** {@code GET /{collection}/{id}}: one record or 404. */
    @GET
    @Path("{area}/{name}/{id: \\d+}")
    public Response get(@PathParam("area") String area, @PathParam("name") String name, @PathParam("id") long id) {
        JsonCollection collection = collection(area, name);
        ObjectNode record = collection.get(id);
        if (record == null) {
            throw CwApiException.notFound(collection.spec().resource(), id);
        }
        return CwResponses.json(200, record);
    }

    /** {@code POST /{collection}}: 201 with the stored record. */
    @POST
    @Path("{area}/{name}")
    public Response create(@PathParam("area") String area, @PathParam("name") String name, String body) {
        return CwResponses.json(201, store.create(collection(area, name).spec().path(), JsonBodies.parse(body)));
    }

    /** {@code PUT /{collection}/{id}}: replaces the whole record. */
    @PUT
    @Path("{area}/{name}/{id: \\d+}")
    public Response replace(@PathParam("area") String area, @PathParam("name") String name, @PathParam("id") long id,
            String body) {
        return CwResponses.json(200, store.replace(collection(area, name).spec().path(), id, JsonBodies.parse(body)));
    }

    /** {@code PATCH /{collection}/{id}} with a JSON Patch array. */
    @PATCH
    @Path("{area}/{name}/{id: \\d+}")
    public Response patch(@PathParam("area") String area, @PathParam("name") String name, @PathParam("id") long id,
            String body) {
        JsonCollection collection = collection(area, name);
        return CwResponses.json(200, store.patch(collection.spec().path(), id, JsonBodies.parse(body)));
    }

    /** {@code DELETE /{collection}/{id}}: 204, or 404 when absent. */
    @DELETE
    @Path("{area}/{name}/{id: \\d+}")
    public Response delete(@PathParam("area") String area, @PathParam("name") String name, @PathParam("id") long id) {
        JsonCollection collection = collection(area, name);
        if (!store.delete(collection.spec().path(), id)) {
            throw CwApiException.notFound(collection.spec().resource(), id);
        }
        return Response.noContent().build();
    }

    private JsonCollection collection(String area, String name) {
        return store.require(area + "/" + name);
    }

    /** {@code GET /{collection}/{parentId}/{child}}: the parent's records (404 for an unknown parent). */
    @GET
    @Path("{area}/{name}/{parentId: \\d+}/{child}")
    public Response listChildren(@PathParam("area") String area, @PathParam("name") String name,
            @PathParam("parentId") long parentId, @PathParam("child") String childName, @Context UriInfo uri,
            @HeaderParam(ListResponses.PAGINATION_TYPE) String paginationType) {
        Child child = child(area, name, childName);
        return ListResponses.list(children.list(child, parentId), children.spec(child), uri, paginationType);
    }

    /** {@code GET /{collection}/{parentId}/{child}/count}: {@code {"count": N}}. */
    @GET
    @Path("{area}/{name}/{parentId: \\d+}/{child}/count")
    public Response countChildren(@PathParam("area") String area, @PathParam("name") String name,
            @PathParam("parentId") long parentId, @PathParam("child") String childName, @Context UriInfo uri) {
        Child child = child(area, name, childName);
        return ListResponses.count(children.list(child, parentId), children.spec(child), uri);
    }

    /** {@code GET /{collection}/{parentId}/{child}/{id}}: one record of the parent. */
    @GET
    @Path("{area}/{name}/{parentId: \\d+}/{child}/{id: \\d+}")
    public Response getChild(@PathParam("area") String area, @PathParam("name") String name,
            @PathParam("parentId") long parentId, @PathParam("child") String childName, @PathParam("id") long id) {
        return CwResponses.json(200, children.get(child(area, name, childName), parentId, id));
    }

    /** {@code POST /{collection}/{parentId}/{child}}: adds a record linked to the parent; 201 with it. */
    @POST
    @Path("{area}/{name}/{parentId: \\d+}/{child}")
    public Response addChild(@PathParam("area") String area, @PathParam("name") String name,
            @PathParam("parentId") long parentId, @PathParam("child") String childName, String body) {
        return CwResponses.json(201, children.create(child(area, name, childName), parentId, JsonBodies.parse(body)));
    }

    private static Child child(String area, String name, String childName) {
        return ChildCollections.find(area + "/" + name, childName)
                .orElseThrow(() -> CwApiException.noSuchPath("/" + area + "/" + name + "/{parentId}/" + childName));
    }
}
