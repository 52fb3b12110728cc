package org.dialoguetracker.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;

import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.Side;

@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean active = true;

    private String preferredLanguage = "en";

    /** The side the user works for, UK or RUSSIA, or null: a dialogue's lead for a side must have that side. */
    @Enumerated(EnumType.STRING)
    private Side side;

    /** Where the account's mail goes (its digest, its copies of reminders); optional, one line. */
    private String email;

    @CreationTimestamp
    @Column(updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String passwordHash, String displayName, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
    }

    void changeProfile(String displayName, Role role, String preferredLanguage, boolean active, Side side) {
        this.displayName = displayName;
        this.side = side;
        this.role = role;
        this.preferredLanguage = preferredLanguage;
        this.active = active;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getEmail() {
        return email;
    }

    void changeEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public Side getSide() {
        return side;
    }

    void setSide(Side side) {
        this.side = side;
    }

    /** Whether this account may lead its side of a dialogue: active, an organiser or admin, with that side. */
    public boolean mayLead(Side wanted) {
        return active && (role == Role.ORGANISER || role == Role.ADMIN) && wanted != null && wanted == side;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
