package org.dialoguetracker.analysis.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.dialoguetracker.analysis.Period;
import org.dialoguetracker.analysis.PositionsService;
import org.dialoguetracker.shared.Paging;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.shared.web.PageCache;
import org.dialoguetracker.statement.StatementKind;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A topic's rounds with the two sides' positions side by side, and how close the sides came, for every signed-in
 * reader within the attribution rule. The filters are in the address: {@code from} and {@code to} (years, both
 * included), {@code kind} (any number), {@code page}. A kind that is not one answers 400, as elsewhere.
 */
@Controller
class PositionsController {

    private final PositionsService positions;

    private final PageCache pages;

    PositionsController(PositionsService positions, PageCache pages) {
        this.positions = positions;
        this.pages = pages;
    }

    @GetMapping("/topics/{slug}/positions")
    String positions(@PathVariable String slug, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, @RequestParam(required = false) List<StatementKind> kind,
            @RequestParam(required = false) Integer page, Authentication authentication, HttpServletRequest request,
            Model model) {
        Set<StatementKind> kinds = kind == null || kind.stream().allMatch(k -> k == null)
                ? EnumSet.noneOf(StatementKind.class)
                : EnumSet.copyOf(kind.stream().filter(k -> k != null).toList());
        return pages.view(request, model, PageCache.Shows.RECORDS_AND_STATEMENTS, () -> {
            model.addAttribute("positions", positions.positions(slug, Period.of(from, to), kinds,
                    Paging.page(page), Viewer.of(authentication)));
            model.addAttribute("allKinds", StatementKind.values());
            return "analysis/positions";
        });
    }
}
