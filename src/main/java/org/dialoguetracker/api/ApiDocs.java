package org.dialoguetracker.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/**
 * The API's OpenAPI description at {@code /v3/api-docs} (springdoc), readable by the same three roles as the API
 * itself, with a token or a session: the routes, their parameters and answers, and how to authenticate.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String BEARER = "bearerToken";

    static final String SESSION = "browserSession";

    @Bean
    OpenAPI dialogueTrackerApi() {
        return new OpenAPI()
                .info(new Info().title("Dialogue Tracker API").version("1").description("""
                        Read-only JSON for researchers' own tools: the meetings of the dialogue, the topic \
                        taxonomy, and the recommendations with the same filters and bilingual full-text search as \
                        the /recommendations page. Statements come with as much attribution as each meeting's rule \
                        allows the caller's role: under the Chatham House Rule (NONE) researchers get neither \
                        speaker nor side, under SIDE a side but no speaker. Texts come in English and Russian \
                        ({"en": ..., "ru": ...}, either may be null); enumerations as their names; dates and \
                        times in ISO-8601 (times in UTC). Errors are RFC 9457 problem documents."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("""
                                        A personal access token, created on the profile page (/profile) and shown \
                                        once: 'Authorization: Bearer dtpat_...'. It reads as its owner, with their \
                                        role, until it is revoked or expires."""))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")
                                .description("The session of a browser signed in to the tracker.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }

    /** A parameter's value that the route does not accept. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "400", description = "A parameter has a value the route does not accept; the "
            + "detail names it (and the accepted values of an enumeration)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @interface BadRequestResponse {
    }

    /** What every route answers without a valid token or session. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "401", description = "Neither a valid token (unknown, revoked, expired, or its "
            + "owner deactivated) nor a signed-in session",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @interface UnauthorizedResponse {
    }

    /** An id that names no record. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "404", description = "No record has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @interface NotFoundResponse {
    }
}
