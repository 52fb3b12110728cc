package org.dialoguetracker.shared.history;

import java.time.Instant;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;


/** One saved change set, with who made it. Envers writes one per transaction that changes audited records. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionUserListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    private Instant changedAt;

    private String username;

    /** The kinds of record this change set touched (entity class names), for the audit trail. */
    @ElementCollection(fetch = FetchType.EAGER)
    @JoinTable(name = "revision_entity", joinColumns = @JoinColumn(name = "rev"))
    @Column(name = "entity_name")
    @ModifiedEntityNames
    private Set<String> entityNames = new HashSet<>();

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
