package org.dialoguetracker.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * The first rows of a list and how many there are, from one SQL statement that selects each row's id and
 * {@code count(*) over ()}: the window count is computed over the same join as the rows, so the database does the
 * join once, not once for the page and again for a count query. Immutable, so that it can be kept by data version.
 *
 * <p>Only for the first page or the whole list: past the last row the statement returns nothing, and with it no
 * count.
 *
 * @param ids   the ids of the rows, in the list's order
 * @param total how many rows the list has in all
 */
public record CountedIds(List<Long> ids, long total) {

    public CountedIds {
        ids = List.copyOf(ids);
    }

    /** The row limit to bind for this first page, or for the whole list when unpaged. */
    public static int limit(Pageable pageable) {
        if (pageable.isUnpaged()) {
            return Integer.MAX_VALUE;
        }
        if (pageable.getOffset() != 0) {
            throw new IllegalArgumentException("Only the first page is counted in its own statement: " + pageable);
        }
        return pageable.getPageSize();
    }

    /** The ids (first column) with the window count (second column) as the total. */
    public static CountedIds of(List<Object[]> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        long total = 0;
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            total = ((Number) row[1]).longValue();
        }
        return new CountedIds(ids, total);
    }

    /** As the page it was asked for. */
    public Page<Long> page(Pageable pageable) {
        return new PageImpl<>(ids, pageable, total);
    }
}
