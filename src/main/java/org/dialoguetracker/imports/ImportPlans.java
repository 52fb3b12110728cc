package org.dialoguetracker.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The previews waiting to be applied, one per admin, in the {@code import_plan} table: the plan of a file of 20,000
 * lines is a few megabytes, which in the session would be read and written back by every request of that admin.
 * Stored serialized (the classes of {@link ImportPlan} are what the session held before), compressed, and read back
 * only as those classes.
 */
@Repository
public class ImportPlans {

    /** The classes a stored plan may hold: its own records, their messages and the JDK's values; nothing else. */
    private static final ObjectInputFilter ONLY_PLANS = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;org.dialoguetracker.**;org.springframework.context.support.DefaultMessageSourceResolvable;"
                    + "java.lang.*;java.util.*;java.time.*;java.math.*;!*");

    private final JdbcTemplate jdbc;

    ImportPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the plan as this admin's pending one, in place of any earlier; forgets other admins' stale ones. */
    @Transactional
    public void keep(ImportPlan plan, String username) {
        jdbc.update("delete from import_plan where username = ? or created_at < now() - interval '1 day'", username);
        jdbc.update("insert into import_plan (token, username, file_name, plan) values (?, ?, ?, ?)", plan.token(),
                username, plan.fileName(), serialize(plan));
    }

    /** This admin's pending plan, or null. */
    @Transactional(readOnly = true)
    public ImportPlan pending(String username) {
        List<byte[]> found = jdbc.queryForList("select plan from import_plan where username = ?", byte[].class,
                username);
        return found.isEmpty() ? null : deserialize(found.get(0));
    }

    /** This admin's pending plan if it is the one of this token (the preview they saw), else null. */
    @Transactional(readOnly = true)
    public ImportPlan pending(String username, String token) {
        List<byte[]> found = jdbc.queryForList("select plan from import_plan where username = ? and token = ?",
                byte[].class, username, token);
        return found.isEmpty() ? null : deserialize(found.get(0));
    }

    /** Forgets the plan; true when it was still pending. */
    @Transactional
    public boolean forget(String username, String token) {
        return jdbc.update("delete from import_plan where username = ? and token = ?", username, token) > 0;
    }

    private static byte[] serialize(ImportPlan plan) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            out.writeObject(plan);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    private static ImportPlan deserialize(byte[] stored) {
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)))) {
            in.setObjectInputFilter(ONLY_PLANS);
            return (ImportPlan) in.readObject();
        }
        catch (InvalidClassException | ClassNotFoundException | ClassCastException ex) {
            // written by another version of the tracker: as if there were none, the admin uploads the file again
            return null;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
