package org.dialoguetracker.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the tracker is for, in a paragraph. The page reads nothing from the database, so {@code bench/} uses it as
 * the ceiling the other pages are measured against: everything it costs (security, session, layout) they pay too.
 */
@Controller
class AboutController {

    @GetMapping("/about")
    String about() {
        return "about";
    }
}
