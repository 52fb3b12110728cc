package org.dialoguetracker.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.TextSearch;
import org.dialoguetracker.shared.Viewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents kept with meetings, recommendations and follow-up actions: uploading, replacing (the earlier file is
 * kept as a version), changing who may read one, deleting, the panels, downloads and the search. What a researcher may
 * not read never leaves it: not in a panel, not in a search, not as bytes ({@link DocumentRepository#VISIBLE}).
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    private final DocumentRepository documents;

    private final DocumentStore store;

    private final UploadCheck check;

    private final ApplicationEventPublisher events;

    DocumentService(DocumentRepository documents, DocumentStore store, UploadCheck check,
            ApplicationEventPublisher events) {
        this.documents = documents;
        this.store = store;
        this.check = check;
        this.events = events;
    }

    /**
     * The documents of a meeting, a recommendation or a follow-up action as this reader may see them.
     *
     * @throws NotFoundException if there is no such meeting, recommendation or follow-up action
     */
    public DocumentPanel panel(OwnerKind owner, Long ownerId, Viewer viewer) {
        AccessLevel proposed = defaultAccess(owner, ownerId, viewer);
        return new DocumentPanel(owner, ownerId, views(documents.forOwners(owner, List.of(ownerId),
                viewer.seesEverything()), viewer), proposed, UploadCheck.megabytes(check.maxSize()));
    }

    /** The panels of these follow-up actions (of one recommendation's page), by id; each is there, empty or not. */
    public Map<Long, DocumentPanel> followUpPanels(Collection<Long> followUpIds, AccessLevel proposed, Viewer viewer) {
        Map<Long, List<DocumentView>> byOwner = new LinkedHashMap<>();
        for (DocumentView view : views(documents.forOwners(OwnerKind.FOLLOW_UP, followUpIds, viewer.seesEverything()),
                viewer)) {
            byOwner.computeIfAbsent(view.ownerId(), id -> new ArrayList<>()).add(view);
        }
        Map<Long, DocumentPanel> panels = new LinkedHashMap<>();
        for (Long id : followUpIds) {
            panels.put(id, new DocumentPanel(OwnerKind.FOLLOW_UP, id, byOwner.getOrDefault(id, List.of()), proposed,
                    UploadCheck.megabytes(check.maxSize())));
        }
        return panels;
    }

    /**
     * Keeps an uploaded file as a new document of a meeting, recommendation or follow-up action, and has its text
     * extracted once this has committed.
     *
     * @param title the title, or blank for the file's name
     * @param access who may read it, or null for the level the panel proposes
     * @throws UploadRefused when the file is not to be kept (nothing is saved)
     * @throws NotFoundException if there is no such meeting, recommendation or follow-up action
     */
    @Transactional
    public long upload(OwnerKind owner, Long ownerId, String title, DocumentCategory category, AccessLevel access,
            String fileName, long size, InputStreamSource content, Viewer viewer) {
        AccessLevel proposed = defaultAccess(owner, ownerId, viewer); // and the owner exists
        AccessLevel level = access != null ? access : proposed;
        UploadCheck.Checked checked = check.check(fileName, size, content);
        DocumentStore.Stored stored = put(content, checked.name());
        String kept = title == null || title.isBlank() ? checked.name() : title.strip();
        long id = documents.insert(owner, ownerId, kept, category == null ? DocumentCategory.OTHER : category, level);
        documents.insertVersion(id, 1, checked.name(), checked.format(), stored, viewer.username());
        events.publishEvent(new DocumentUploaded(id, 1));
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.DOCUMENT_UPLOAD, "document #" + id + " " + kept + " ("
                + checked.name() + ", " + stored.size() + " bytes, sha256 " + stored.sha256() + ") on "
                + owner.collection() + " #" + ownerId));
        return id;
    }

    /**
     * Keeps a new file for a document, which becomes its current version; the earlier ones stay.
     *
     * @param lockVersion the document's version as the form showed it
     * @throws ObjectOptimisticLockingFailureException if the document changed meanwhile
     */
    @Transactional
    public int replace(Long id, long lockVersion, String fileName, long size, InputStreamSource content,
            Viewer viewer) {
        DocumentRepository.Row row = row(id);
        UploadCheck.Checked checked = check.check(fileName, size, content);
        DocumentStore.Stored stored = put(content, checked.name());
        int number = documents.advanceVersion(id, lockVersion);
        if (number == 0) {
            throw new ObjectOptimisticLockingFailureException("document", id);
        }
        documents.insertVersion(id, number, checked.name(), checked.format(), stored, viewer.username());
        events.publishEvent(new DocumentUploaded(id, number));
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.DOCUMENT_REPLACE, "document #" + id + " " + row.title()
                + ": version " + number + " (" + checked.name() + ", " + stored.size() + " bytes, sha256 "
                + stored.sha256() + ")"));
        return number;
    }

    @Transactional
    public void changeAccess(Long id, long lockVersion, AccessLevel access) {
        DocumentRepository.Row row = row(id);
        if (documents.changeAccess(id, access, lockVersion) == 0) {
            throw new ObjectOptimisticLockingFailureException("document", id);
        }
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.DOCUMENT_ACCESS, "document #" + id + " " + row.title()
                + ": " + row.access() + " → " + access));
    }

    /** Deletes a document with every version and their bytes, in one transaction. */
    @Transactional
    public void delete(Long id, long lockVersion) {
        DocumentRepository.Row row = row(id);
        List<String> keys = documents.storageKeys(id);
        if (documents.delete(id, lockVersion) == 0) {
            throw new ObjectOptimisticLockingFailureException("document", id);
        }
        keys.forEach(store::delete);
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.DOCUMENT_DELETE, "document #" + id + " " + row.title()
                + " (" + keys.size() + (keys.size() == 1 ? " version" : " versions") + ") from "
                + row.owner().collection() + " #" + row.ownerId()));
    }

    /**
     * A document's current file ({@code number} null) or one of its versions (organisers and admins only), if this
     * reader may read it. A refusal is recorded in the audit trail.
     *
     * @throws NotFoundException if there is no such document or version
     * @throws AccessDeniedException if the reader may not read it
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // a refusal's audit entry is recorded at once, not rolled back
    public Download download(Long id, Integer number, Viewer viewer) {
        DocumentRepository.Row row = row(id);
        if (!viewer.seesEverything() && (number != null || !documents.visibleToResearchers(id))) {
            events.publishEvent(AuditEvent.byCurrentUser(AuditKind.DOCUMENT_REFUSED, "document #" + id
                    + (number == null ? "" : " version " + number) + " (" + row.access() + ")"));
            throw new AccessDeniedException("document " + id);
        }
        DocumentRepository.VersionFile file = number == null ? row.file()
                : documents.version(id, number).orElseThrow(() -> new NotFoundException("Document version", number));
        return new Download(file.fileName(), file.format(), file.size(), file.sha256(), file.storageKey());
    }

    /** The bytes of a download, read from the store as they are sent. */
    public InputStream open(Download download) {
        return store.open(download.storageKey());
    }

    /** Where the document is shown: its meeting's, recommendation's (or follow-up's recommendation's) page. */
    public String ownerPage(Long id) {
        DocumentRepository.Row row = row(id);
        return ownerPage(row.owner(), row.ownerId());
    }

    /** The page that shows the documents of this owner, with the panel's anchor. */
    public String ownerPage(OwnerKind owner, Long ownerId) {
        return switch (owner) {
            case MEETING -> "/meetings/" + ownerId + "#documents-meetings-" + ownerId;
            case RECOMMENDATION -> "/recommendations/" + ownerId + "#documents-recommendations-" + ownerId;
            case FOLLOW_UP -> "/recommendations/" + followUpRecommendation(ownerId) + "#documents-follow-ups-" + ownerId;
        };
    }

    /** The best matches of a search among the documents the reader may read. */
    public List<DocumentHit> search(String typed, int limit, Viewer viewer) {
        String query = TextSearch.normalise(typed);
        if (query == null) {
            return List.of();
        }
        return documents.search(query, viewer.seesEverything(), limit).stream()
                .map(hit -> new DocumentHit(hit.id(), hit.title(), hit.category(), hit.format(), hit.fileName(),
                        hit.size(), hit.owner(), hit.ownerId(), switch (hit.owner()) {
                            case MEETING -> "/meetings/" + hit.ownerId();
                            case RECOMMENDATION -> "/recommendations/" + hit.ownerId();
                            case FOLLOW_UP -> "/recommendations/" + hit.followUpRecommendation();
                        }, TextSearch.segments(hit.headline()), hit.language()))
                .toList();
    }

    /**
     * The level a new document of this owner gets unless the organiser chooses another: organisers only when its
     * meeting (or a meeting the recommendation came from) was held under the rule NONE, researchers otherwise.
     */
    AccessLevel defaultAccess(OwnerKind owner, Long ownerId, Viewer viewer) {
        boolean none = documents.heldUnderNone(owner, ownerId)
                .orElseThrow(() -> new NotFoundException(owner.name(), ownerId));
        return none ? AccessLevel.ORGANISERS : AccessLevel.RESEARCHERS;
    }

    private Long followUpRecommendation(Long followUpId) {
        return documents.followUpRecommendation(followUpId)
                .orElseThrow(() -> new NotFoundException("Follow-up action", followUpId));
    }

    private DocumentStore.Stored put(InputStreamSource content, String name) {
        try (InputStream in = content.getInputStream()) {
            return store.put(in, check.maxSize());
        }
        catch (DocumentStore.TooLarge tooLarge) {
            throw new UploadRefused("document.refused.tooLarge", name, UploadCheck.megabytes(check.maxSize()));
        }
        catch (IOException unreadable) {
            throw new UploadRefused("document.refused.unreadable");
        }
    }

    private DocumentRepository.Row row(Long id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("Document", id));
    }

    private List<DocumentView> views(List<DocumentRepository.Row> rows, Viewer viewer) {
        Map<Long, List<DocumentView.VersionView>> versions = viewer.seesEverything()
                ? documents.versions(rows.stream().map(DocumentRepository.Row::id).toList()) : Map.of();
        return rows.stream().map(row -> new DocumentView(row.id(), row.owner(), row.ownerId(), row.title(),
                row.category(), row.access(), row.file().format(), row.file().fileName(), row.file().size(),
                row.uploadedAt(), viewer.seesEverything() ? row.uploadedBy() : null, row.currentVersion(),
                row.extraction(), row.extractionNote(), row.lockVersion(),
                versions.getOrDefault(row.id(), List.of()))).toList();
    }

    /** What a download sends: the kept name, the kind (its media type is the response's), the size and the key. */
    public record Download(String fileName, FileFormat format, long size, String sha256, String storageKey) {
    }
}
