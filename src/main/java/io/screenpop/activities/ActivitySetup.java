package io.screenpop.activities;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;


import io.quarkus.cache.CacheResult;
import io.screenpop.connectwise.Conditions;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.model.Reference;

/**
 * The activity setup of this ConnectWise instance that call journaling needs, looked up by name
 * with {@link Conditions} and cached (ten minutes, {@code application.properties}): the active
 * activity type named {@code Call} ({@code /sales/activities/types}) and an active closed status
 * ({@code /sales/activities/statuses}), so a logged call is not left open on anyone's list.
 */
@ApplicationScoped
public class ActivitySetup {

    /** Name of the activity type calls are logged as. */
    public static final String CALL_TYPE = "Call";

    private final ConnectWise connectWise;

    /** CDI constructor. */
    public ActivitySetup(ConnectWise connectWise) {
        this.connectWise = connectWise;
    }

    /** @return the {@code Call} activity type, or empty when the instance has none */
    @CacheResult(cacheName = "activity-call-type")
    public Optional<Reference> callType() {
        return connectWise.activityTypes(CwQuery.where(Conditions.and(Conditions.eq("name", CALL_TYPE),
                Conditions.eq("inactiveFlag", false))).pageSize(1)).stream().findFirst();
    }

    /** @return a closed activity status, or empty when the instance has none */
    @CacheResult(cacheName = "activity-closed-status")
    public Optional<Reference> closedStatus() {
        return connectWise.activityStatuses(CwQuery.where(Conditions.and(Conditions.eq("closedFlag", true),
                Conditions.eq("inactiveFlag", false))).pageSize(1)).stream().findFirst();
    }
}
