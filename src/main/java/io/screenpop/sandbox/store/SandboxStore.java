package io.screenpop.sandbox.store;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.SandboxConfig;
import io.screenpop.sandbox.error.CwApiException;
import io.screenpop.sandbox.seed.SandboxSeeder;
import io.screenpop.sandbox.seed.SeedData;

/**
 * In-memory JSON store behind the sandbox: one {@link JsonCollection} per entry of
 * {@link SandboxCollections#ALL}, seeded on first use from {@link SandboxSeeder}. Every write
 * validates through the collection's {@link RecordRules}, stamps {@code _info} and stores a fresh
 * node; methods returning records to callers return copies unless documented otherwise.
 */
@ApplicationScoped
public class SandboxStore {

    private static final Logger LOG = Logger.getLogger(SandboxStore.class);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SandboxConfig config;
    private final Event<SandboxChange> changes;
    private final Map<String, JsonCollection> collections = new LinkedHashMap<>();
    private final AtomicLong communicationItemIds = new AtomicLong();
    private volatile boolean seeded;

    /** @param config counts and seed of the demo data @param changes where changes to records are announced */
    @Inject
    public SandboxStore(SandboxConfig config, Event<SandboxChange> changes) {
        this.config = config;
        this.changes = changes;
        for (CollectionSpec spec : SandboxCollections.ALL) {
            collections.put(spec.path(), new JsonCollection(spec));
        }
    }

    /** @return the collection at an API path such as {@code company/contacts}, if served */
    public Optional<JsonCollection> collection(String path) {
        ensureSeeded();
        return Optional.ofNullable(collections.get(path));
    }

    /** @return the collection at {@code path}; 404 {@code NotFound} when not served */
    public JsonCollection require(String path) {
        return collection(path).orElseThrow(() -> CwApiException.noSuchPath("/" + path));
    }

    /** @return the served collection paths */
    public Collection<String> paths() {
        return collections.keySet();
    }

    /** @return the stored record itself (read-only: never modify it) */
    public Optional<ObjectNode> find(String collection, long id) {
        return Optional.ofNullable(require(collection).get(id));
    }

    /** @return a copy of a record, free to modify */
    public Optional<ObjectNode> get(String collection, long id) {
        return find(collection, id).map(ObjectNode::deepCopy);
    }

    /**
     * Creates a record with the next id (unknown fields dropped, rules applied, {@code _info} stamped).
     *
     * @return a copy of the stored record
     */
    public ObjectNode create(String collection, JsonNode body) {
        JsonCollection target = require(collection);
        ObjectNode record = fromBody(target.spec(), body);
        ObjectNode stored;
        synchronized (target) {
            target.spec().rules().apply(record, this);
            long id = target.nextId();
            stored = withId(id, record);
            RecordInfo.touch(stored, null);
            target.store(id, stored);
        }
        return announce(collection, SandboxChange.ADDED, stored);
    }

    /** Replaces an existing record (API PUT). @throws CwApiException 404 when absent */
    public ObjectNode replace(String collection, long id, JsonNode body) {
        JsonCollection target = require(collection);
        ObjectNode stored;
        synchronized (target) {
            if (target.get(id) == null) {
                throw CwApiException.notFound(target.spec().resource(), id);
            }
            stored = write(target, id, fromBody(target.spec(), body));
        }
        return announce(collection, SandboxChange.UPDATED, stored);
    }

    /** Stores a record under a given id, inserting or replacing it (for tests and benchmarks). */
    public ObjectNode put(String collection, long id, JsonNode body) {
        JsonCollection target = require(collection);
        ObjectNode stored;
        String action;
        synchronized (target) {
            action = target.get(id) == null ? SandboxChange.ADDED : SandboxChange.UPDATED;
            stored = write(target, id, fromBody(target.spec(), body));
        }
        return announce(collection, action, stored);
    }

    /**
     * Applies a JSON Patch array (see {@link JsonPatch}); every path must start with a schema field.
     *
     * @throws CwApiException 404 when absent, 400 when the patch or the result is invalid
     */
    public ObjectNode patch(String collection, long id, JsonNode operations) {
        JsonCollection target = require(collection);
        for (String field : JsonPatch.topLevelFields(operations)) {
            if (!target.spec().knows(field)) {
                throw CwApiException.invalid("Cannot patch unknown field '" + field + "' of " + target.spec().resource());
            }
        }
        return update(collection, id, record -> JsonPatch.apply(record, operations));
    }

    /** Convenience for tests: one {@code replace} of {@code path} with {@code value} (any Jackson-convertible value). */
    public ObjectNode patch(String collection, long id, String path, Object value) {
        ObjectNode op = JsonNodeFactory.instance.objectNode();
        op.put("op", "replace");
        op.put("path", path);
        op.set("value", MAPPER.valueToTree(value));
        return patch(collection, id, JsonNodeFactory.instance.arrayNode().add(op));
    }

    /**
     * Changes a copy of a record and stores it after the rules pass (copy-on-write).
     *
     * @throws CwApiException 404 when absent
     */
    public ObjectNode update(String collection, long id, Consumer<ObjectNode> change) {
        JsonCollection target = require(collection);
        ObjectNode stored;
        synchronized (target) {
            ObjectNode current = target.get(id);
            if (current == null) {
                throw CwApiException.notFound(target.spec().resource(), id);
            }
            ObjectNode copy = current.deepCopy();
            change.accept(copy);
            stored = write(target, id, copy);
        }
        return announce(collection, SandboxChange.UPDATED, stored);
    }

    /** @return true when a record was deleted */
    public boolean delete(String collection, long id) {
        JsonCollection target = require(collection);
        boolean removed;
        synchronized (target) {
            removed = target.remove(id);
        }
        if (removed) {
            changes.fire(new SandboxChange(collection, SandboxChange.DELETED, id, null));
        }
        return removed;
    }

    /** Throws away all data and seeds the initial data again. */
    public synchronized void reset() {
        collections.values().forEach(JsonCollection::clear);
        seeded = false;
        ensureSeeded();
    }

    /** Seeds the initial data unless already done (called lazily by every accessor). */
    public void ensureSeeded() {
        if (!seeded) {
            synchronized (this) {
                if (!seeded) {
                    seed();
                    seeded = true;
                }
            }
        }
    }

    long nextCommunicationItemId() {
        return communicationItemIds.incrementAndGet();
    }

    /** Fires the change with a copy of the stored record and returns another copy to the caller. */
    private ObjectNode announce(String collection, String action, ObjectNode stored) {
        changes.fire(new SandboxChange(collection, action, stored.path("id").asLong(), stored.deepCopy()));
        return stored.deepCopy();
    }

    private ObjectNode write(JsonCollection target, long id, ObjectNode record) {
        record.put("id", id);
        target.spec().rules().apply(record, this);
        ObjectNode stored = withId(id, record);
        RecordInfo.touch(stored, target.get(id));
        target.store(id, stored);
        return stored.deepCopy();
    }

    private void seed() {
        long start = System.nanoTime();
        SeedData data = new SandboxSeeder(config.companies(), config.contacts(), config.seed()).generate();
        load(SandboxCollections.COMMUNICATION_TYPES, data.communicationTypes());
        load(SandboxCollections.COMPANIES, data.companies());
        load(SandboxCollections.CONTACTS, data.contacts());
        data.referenceData().forEach(this::load);
        communicationItemIds.set(data.lastCommunicationItemId());
        LOG.infof("ConnectWise sandbox seeded %d companies and %d contacts (seed %d) in %d ms",
                data.companies().size(), data.contacts().size(), config.seed(), (System.nanoTime() - start) / 1_000_000);
    }

    private void load(String collection, List<ObjectNode> records) {
        JsonCollection target = collections.get(collection);
        for (ObjectNode record : records) {
            target.store(record.get("id").asLong(), record);
        }
    }

    private static ObjectNode fromBody(CollectionSpec spec, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw CwApiException.invalid("The request body must be a JSON object");
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (spec.knows(field.getKey()) && !field.getKey().equals("id") && !field.getKey().equals("_info")) {
                record.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return record;
    }

    private static ObjectNode withId(long id, ObjectNode record) {
        ObjectNode stored = JsonNodeFactory.instance.objectNode();
        stored.put("id", id);
        record.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("id")) {
                stored.set(f.getKey(), f.getValue());
            }
        });
        return stored;
    }
}
