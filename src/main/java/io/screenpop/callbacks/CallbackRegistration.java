package io.screenpop.callbacks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.quartz.Nonconcurrent;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.ConnectWiseConfig;
import io.screenpop.connectwise.model.CallbackEntry;
import io.screenpop.screenpop.PublicConfig;

/**
 * Keeps exactly one active ConnectWise callback registration per type ({@code Contact}, {@code Company}) pointing at
 * {@code {PUBLIC_BASE_URL}/connectwise/callbacks}, level {@code Owner} with objectId 1, at start-up and every hour.
 * <p>
 * A registration is this instance's when its description starts with {@link #descriptionPrefix()}
 * ({@code screenpop phone index · <instance>}, the instance being {@code CW_CALLBACKS_INSTANCE} or the host of
 * {@code PUBLIC_BASE_URL}) or its URL is this instance's URL. Of those, one good registration per type is kept,
 * a missing one is created, and the rest (duplicates, another URL, another type or level, inactive) are deleted;
 * every other registration is left alone. Each change is logged. Off when {@code CW_CALLBACKS=off} or without
 * {@code PUBLIC_BASE_URL}, which is logged once at start-up.
 */
@ApplicationScoped
public class CallbackRegistration {

    private static final Logger LOG = Logger.getLogger(CallbackRegistration.class);
    /** The types registered, as ConnectWise names them. */
    static final List<String> TYPES = List.of("Contact", "Company");
    private static final String LEVEL = "Owner";
    private static final int OWNER_OBJECT = 1;
    /** The receiving path under {@code PUBLIC_BASE_URL}. */
    public static final String PATH = "/connectwise/callbacks";

    private final ConnectWise connectWise;
    private final CallbackStatus status;
    private volatile boolean enabled;
    private final String mode;
    private final Optional<String> baseUrl;
    private final Optional<String> instance;

    /** CDI constructor. */
    public CallbackRegistration(ConnectWise connectWise, CallbackStatus status, PublicConfig publicConfig,
            ConnectWiseConfig config) {
        this.connectWise = connectWise;
        this.status = status;
        this.mode = config.callbacks();
        this.baseUrl = publicConfig.baseUrl().map(u -> u.replaceAll("/+$", "")).filter(u -> !u.isBlank());
        this.instance = config.callbacksInstance().filter(i -> !i.isBlank());
    }

    void onStart(@Observes StartupEvent event) {
        if ("off".equalsIgnoreCase(mode.strip())) {
            status.off("CW_CALLBACKS=off");
            LOG.info("ConnectWise callbacks are off (CW_CALLBACKS=off): new numbers reach the index at the next"
                    + " incremental sync");
            return;
        }
        if (baseUrl.isEmpty()) {
            status.off("PUBLIC_BASE_URL is not set, so ConnectWise has no address to call");
            LOG.info("ConnectWise callbacks are off: PUBLIC_BASE_URL is not set, so ConnectWise has no address to"
                    + " call. Set it to this service's external URL for changes within a second; until then new"
                    + " numbers reach the index at the next incremental sync");
            return;
        }
        status.on(url());
        enabled = true;
    }

    /**
     * Reconciles at start and every hour. With several replicas (the PostgreSQL build's clustered Quartz job store)
     * each firing runs on exactly one replica.
     */
    @Scheduled(identity = "callback-registration", every = "1h", delayed = "1s")
    @Nonconcurrent
    void scheduledReconcile() {
        if (enabled) {
            reconcile();
        }
    }

    /** @return where ConnectWise should deliver: {@code {PUBLIC_BASE_URL}/connectwise/callbacks} */
    String url() {
        return baseUrl.orElseThrow() + PATH;
    }

    /** @return the description prefix that marks this instance's registrations */
    String descriptionPrefix() {
        String name = instance.orElseGet(() -> java.net.URI.create(baseUrl.orElseThrow()).getHost());
        return "screenpop phone index · " + name;
    }

    /**
     * Brings the registrations at ConnectWise to exactly one good one per type. Never throws: a failure is logged and
     * recorded in the status, and the next run tries again.
     *
     * @return the changes made ({@code created Contact #12}, {@code deleted #9 (duplicate)} …), empty when none
     */
    public List<String> reconcile() {
        try {
            List<String> changes = reconcileOnce();
            status.confirmed();
            if (changes.isEmpty()) {
                LOG.debugf("ConnectWise callbacks confirmed for %s", url());
            } else {
                LOG.infof("ConnectWise callbacks reconciled for %s: %s", url(), String.join(", ", changes));
            }
            return changes;
        } catch (RuntimeException e) {
            status.failed(e.getMessage());
            LOG.warnf("ConnectWise callbacks could not be registered now (%s); trying again within the hour",
                    e.getMessage());
            return List.of();
        }
    }

    private List<String> reconcileOnce() {
        String url = url();
        String prefix = descriptionPrefix();
        List<CallbackEntry> ours = new ArrayList<>();
        for (CallbackEntry e : connectWise.callbacks()) {
            if ((e.description() != null && e.description().startsWith(prefix)) || url.equals(e.url())) {
                ours.add(e);
            }
        }
        List<String> changes = new ArrayList<>();
        List<CallbackEntry> keep = new ArrayList<>();
        for (String type : TYPES) {
            Optional<CallbackEntry> good = ours.stream().filter(e -> isGood(e, type, url)).findFirst();
            if (good.isPresent()) {
                keep.add(good.get());
            } else {
                CallbackEntry created = connectWise.createCallback(new CallbackEntry(null, description(prefix, type),
                        url, OWNER_OBJECT, type, LEVEL, false, null));
                changes.add("created " + type + " #" + created.id());
            }
        }
        for (CallbackEntry e : ours) {
            if (!keep.contains(e)) {
                connectWise.deleteCallback(e.id());
                changes.add("deleted #" + e.id() + " (" + why(e, url, keep) + ")");
            }
        }
        return changes;
    }

    private static boolean isGood(CallbackEntry e, String type, String url) {
        return type.equalsIgnoreCase(e.type()) && url.equals(e.url()) && LEVEL.equalsIgnoreCase(e.level())
                && Integer.valueOf(OWNER_OBJECT).equals(e.objectId()) && !Boolean.TRUE.equals(e.inactiveFlag());
    }

    private static String why(CallbackEntry e, String url, List<CallbackEntry> keep) {
        if (!url.equals(e.url())) {
            return "stale URL";
        }
        if (Boolean.TRUE.equals(e.inactiveFlag())) {
            return "inactive";
        }
        boolean typeKept = keep.stream().anyMatch(k -> k.type() != null && k.type().equalsIgnoreCase(e.type()));
        return typeKept ? "duplicate" : "unexpected type or level";
    }

    private static String description(String prefix, String type) {
        String text = prefix + " · " + type.toLowerCase(Locale.ROOT) + " changes";
        return text.length() <= 100 ? text : text.substring(0, 100);
    }
}
