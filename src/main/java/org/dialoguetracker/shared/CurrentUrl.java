package org.dialoguetracker.shared;

import jakarta.servlet.DispatcherType;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The current page's address with one query parameter replaced, so that links for paging and for switching
 * language keep the filters a reader has set. Available to every view as {@code urls}.
 */
public final class CurrentUrl {

    public String with(String parameter, Object value) {
        if (isErrorDispatch()) {
            // an error page is rendered at /error; a relative query keeps the address the reader asked for
            return "?" + parameter + "=" + value;
        }
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(parameter, value)
                .build()
                .toUriString();
    }

    private static boolean isErrorDispatch() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getDispatcherType() == DispatcherType.ERROR;
    }
}
