package io.screenpop.index;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The single row ({@code id = 1}) saying which generation is live and how fresh it is. */
@Entity
@Table(name = "index_state")
public class IndexState extends PanacheEntityBase {

    /** Always 1. */
    @Id
    public Integer id;
    /** Generation that lookups read; 0 before the first full sync. */
    public long currentGeneration;
    /** When the live generation's full sync finished, or {@code null}. */
    public Instant fullSyncedAt;
    /** Incremental syncs read records whose {@code _info/lastUpdated} is after this. */
    public Instant incrementalWatermark;
    /** Bumped by every write to the live generation; a view snapshot is valid only for the revision it was taken at. */
    public long revision;

    /** @return the state row (created by the V1 migration) */
    public static IndexState get() {
        return findById(1);
    }
}
