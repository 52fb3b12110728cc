package org.dialoguetracker.shared;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Files written straight to the response by the request's own thread, as they are produced: memory stays flat
 * whatever their size, and nothing else (session, security headers) writes to the response at the same time,
 * as it could with an asynchronous streaming body.
 */
public final class Downloads {

    private Downloads() {
    }

    /** Sets the type and file name of an attachment and returns the stream to write it to. */
    public static OutputStream start(HttpServletResponse response, String filename, MediaType type)
            throws IOException {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        return response.getOutputStream();
    }
}
