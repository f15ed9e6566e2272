package io.screenpop.sandbox.callbacks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.callbacks.CallbackSignature;
import io.screenpop.sandbox.SandboxConfig;
import io.screenpop.sandbox.SandboxPaths;
import io.screenpop.sandbox.store.SandboxChange;
import io.screenpop.sandbox.store.SandboxCollections;
import io.screenpop.sandbox.store.SandboxStore;

/**
 * The sandbox announces changes to contacts and companies the way ConnectWise does: for every active
 * {@code /system/callbacks} registration of the record's type (level {@code Owner}, or {@code Company} with the
 * record's company as objectId), a POST of ConnectWise's callback payload to its URL, signed with
 * {@code x-content-signature} under this sandbox's signing key, whose {@code Metadata.key_url} is
 * {@link #KEY_PATH} on the sandbox's own host. Deliveries leave one at a time in the order of the changes, time out
 * after 5 s, and are tried up to 3 times when the receiver answers 404, 409, 419 or 429 or cannot be reached.
 */
@ApplicationScoped
public class SandboxCallbacks {

    private static final Logger LOG = Logger.getLogger(SandboxCallbacks.class);
    /** Where the sandbox serves its signing key, like ConnectWise's key URL. */
    public static final String KEY_PATH = SandboxPaths.ROOT + "/connectwise/callbacks/key";
    private static final Set<Integer> RETRIED = Set.of(404, 409, 419, 429);
    private static final int ATTEMPTS = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SandboxStore store;
    private final SandboxConfig config;
    private final String keyUrl;
    private final String signingKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sandbox-callbacks");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param store   the sandbox data, for the registrations
     * @param config  the sandbox switch
     * @param baseUrl the ConnectWise base URL the service uses (the sandbox's own host in dev and test)
     */
    public SandboxCallbacks(SandboxStore store, SandboxConfig config,
            @ConfigProperty(name = "quarkus.rest-client.connectwise.url") String baseUrl) {
        this.store = store;
        this.config = config;
        URI base = URI.create(baseUrl);
        this.keyUrl = base.getScheme() + "://" + base.getRawAuthority() + KEY_PATH;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.signingKey = Base64.getEncoder().encodeToString(random);
    }

    /** @return the signing key served at {@link #KEY_PATH} (random per start) */
    public String signingKey() {
        return signingKey;
    }

    /** @return the {@code Metadata.key_url} the sandbox puts in its payloads */
    public String keyUrl() {
        return keyUrl;
    }

    void onChange(@Observes SandboxChange change) {
        String type = switch (change.collection()) {
            case SandboxCollections.CONTACTS -> "contact";
            case SandboxCollections.COMPANIES -> "company";
            default -> null;
        };
        if (type == null || !config.enabled()) {
            return;
        }
        long companyId = change.record() == null ? -1
                : type.equals("company") ? change.id() : change.record().path("company").path("id").asLong(-1);
        List<ObjectNode> targets = store.require(SandboxCollections.CALLBACKS).records().values().stream()
                .filter(r -> !r.path("inactiveFlag").asBoolean(false))
                .filter(r -> type.equalsIgnoreCase(r.path("type").asText()))
                .filter(r -> "owner".equalsIgnoreCase(r.path("level").asText())
                        || ("company".equalsIgnoreCase(r.path("level").asText())
                                && r.path("objectId").asLong() == companyId))
                .map(ObjectNode::deepCopy).toList();
        for (ObjectNode target : targets) {
            byte[] body = payload(change, type, target.path("id").asLong());
            String url = target.path("url").asText();
            delivery.execute(() -> deliver(url, body));
        }
    }

    private byte[] payload(SandboxChange change, String type, long registrationId) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("MessageId", UUID.randomUUID().toString());
        p.put("FromUrl", URI.create(keyUrl).getRawAuthority());
        p.put("CompanyId", "sandbox");
        p.put("MemberId", "sandbox-api");
        p.put("Action", change.action());
        p.put("Type", type);
        p.put("ID", change.id());
        p.putNull("ProductInstanceId");
        p.putNull("PartnerId");
        if (change.record() == null) {
            p.putNull("Entity");
        } else {
            p.put("Entity", change.record().toString());
        }
        p.putObject("Metadata").put("key_url", keyUrl);
        p.put("CallbackObjectRecId", registrationId);
        try {
            return MAPPER.writeValueAsBytes(p);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deliver(String url, byte[] body) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .header(CallbackSignature.HEADER, CallbackSignature.sign(body, signingKey))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            LOG.warnf("Sandbox callback not delivered: bad URL %s", url);
            return;
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (!RETRIED.contains(status)) {
                    if (status >= 300) {
                        LOG.infof("Sandbox callback to %s answered %d", url, status);
                    }
                    return;
                }
            } catch (java.io.IOException e) {
                LOG.debugf("Sandbox callback to %s failed: %s", url, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(500L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.infof("Sandbox callback to %s given up after %d attempts (%d bytes)", url, ATTEMPTS,
                body.length);
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
