package org.dialoguetracker.api;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * One page of a list, with what a client needs to walk the others.
 *
 * @param page the page number, from 0
 * @param size how many items a page holds at most
 * @param totalElements how many items all the pages hold
 * @param totalPages how many pages there are
 */
@Schema(description = "One page of a list. Pages are numbered from 0; ask for the next with ?page=.")
record ApiPage<T>(
        @Schema(description = "This page's number, from 0") int page,
        @Schema(description = "How many items a page holds at most") int size,
        @Schema(description = "How many items all the pages hold together") long totalElements,
        @Schema(description = "How many pages there are") int totalPages,
        List<T> items) {

    static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> item) {
        return new ApiPage<>(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages(),
                page.getContent().stream().map(item).toList());
    }
}
