package io.screenpop.sync;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One sync run with its counts (table {@code sync_log}). */
@Entity
@Table(name = "sync_log")
public class SyncLog extends PanacheEntityBase {

    /** Run id. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_log_seq")
    @SequenceGenerator(name = "sync_log_seq", sequenceName = "sync_log_seq", allocationSize = 1)
    public Long id;
    /** Why it ran. */
    @Enumerated(EnumType.STRING)
    public SyncKind kind;
    /** Start time. */
    public Instant startedAt;
    /** End time, or {@code null} while running. */
    public Instant finishedAt;
    /** Outcome. */
    @Enumerated(EnumType.STRING)
    public SyncStatus status;
    /** Contacts read from ConnectWise. */
    public int contactsRead;
    /** Companies read from ConnectWise. */
    public int companiesRead;
    /** Numbers written to the index. */
    public int numbersIndexed;
    /** Values that were not phone numbers. */
    public int numbersSkipped;
    /** Why it failed or was refused, or {@code null}. */
    public String errorText;
    /** Distinct numbers the live index served when a full sync finished reading, or {@code null}. */
    public Integer liveNumbers;
    /** Distinct numbers the full sync's new generation held, or {@code null}. */
    public Integer newNumbers;
    /** Whether an admin forced the run past the {@code SYNC_MIN_RATIO} check. */
    public boolean forced;
    /** The replica that runs or ran it ({@code SyncConfig#replica()}); {@code null} while queued. */
    public String replica;
    /** 1 while queued or running, else {@code null}: a unique index lets only one run be active (V52). */
    public Integer activeSlot;
}
