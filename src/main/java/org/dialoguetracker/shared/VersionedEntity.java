package org.dialoguetracker.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.NotAudited;

/**
 * What the records organisers edit all carry besides their content: when they were created and last changed
 * ({@code created_at}, {@code updated_at}), and the version that optimistic locking checks ({@code version}, see
 * {@link Versions} and {@link StaleEdit}). None of it is in the history: Envers keeps what a record said, and leaves
 * the version out by default.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @NotAudited
    @CreationTimestamp
    @Column(updatable = false)
    private Instant createdAt;

    @NotAudited
    @UpdateTimestamp
    private Instant updatedAt;

    @Version
    private long version;

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
