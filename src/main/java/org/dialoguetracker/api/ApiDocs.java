package org.dialoguetracker.api;

import java.lang.annotation.ElementType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    /** The records the API answers with, whose fields marked {@code @Schema(nullable = true)} may be null. */
    private static final List<Class<?>> ANSWERS = List.of(MeetingJson.class, TopicJson.class, RecommendationJson.class,
            RecommendationJson.SnippetPart.class, RecommendationDetailsJson.class,
            RecommendationDetailsJson.StatusChange.class, RecommendationDetailsJson.FollowUp.class,
            RecommendationDetailsJson.Statement.class, Links.TopicLink.class, Links.MeetingLink.class, Text.class);

    /**
     * Says in the description's own terms (OpenAPI 3.1, JSON Schema) that a field marked {@code @Schema(nullable =
     * true)} may be null. swagger-core writes {@code "type": ["string", "null"]} for a plain field, but keeps an
     * enumeration's values without null, which then refuses it, and a reference to another schema as it is; here an
     * enumeration gains null among its values and a reference becomes "that schema or null".
     */
    @Bean
    OpenApiCustomizer nullableFields() {
        return api -> {
            Map<String, io.swagger.v3.oas.models.media.Schema> schemas = api.getComponents().getSchemas();
            for (Class<?> answer : ANSWERS) {
                io.swagger.v3.oas.models.media.Schema<?> schema = schemas.get(schemaName(answer));
                if (schema == null || schema.getProperties() == null) {
                    continue;
                }
                for (Field field : answer.getDeclaredFields()) {
                    Schema declared = field.getAnnotation(Schema.class);
                    io.swagger.v3.oas.models.media.Schema<?> property = schema.getProperties().get(field.getName());
                    if (declared != null && declared.nullable() && property != null) {
                        schema.getProperties().put(field.getName(), nullable(property));
                    }
                }
            }
        };
    }

    private static String schemaName(Class<?> type) {
        Schema declared = type.getAnnotation(Schema.class);
        return declared != null && !declared.name().isEmpty() ? declared.name() : type.getSimpleName();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static io.swagger.v3.oas.models.media.Schema<?> nullable(io.swagger.v3.oas.models.media.Schema property) {
        if (property.get$ref() != null) {
            io.swagger.v3.oas.models.media.Schema<?> either = new JsonSchema();
            either.setDescription(property.getDescription());
            either.setAnyOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null"))));
            return either;
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes() == null ? Set.of() : property.getTypes());
        if (property.getType() != null) {
            types.add(property.getType());
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    /**
     * An RFC 9457 problem document as the API answers it. Its {@code instance} is the path of the request that
     * failed ({@code /api/recommendations/42}): a URI reference relative to the server, not an absolute URI, as
     * Spring's {@code ProblemDetail} would have declared it ({@code format: uri}).
     */
    @Schema(name = "Problem", description = "An RFC 9457 problem document (application/problem+json)")
    record Problem(
            @Schema(description = "A URI naming the kind of problem; about:blank when the status says it all",
                    format = "uri") String type,
            @Schema(description = "The status's short description") String title,
            @Schema(description = "The HTTP status") int status,
            @Schema(description = "What was wrong with the request, when there is more to say than the title")
            String detail,
            @Schema(description = "The path of the request that failed, e.g. /api/recommendations/42",
                    format = "uri-reference") String instance) {
    }

    /** A parameter's value that the route does not accept. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "400", description = "A parameter has a value the route does not accept; the "
            + "detail names it (and the accepted values of an enumeration)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @interface BadRequestResponse {
    }

    /** What every route answers without a valid token or session. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "401", description = "Neither a valid token (unknown, revoked, expired, or its "
            + "owner deactivated) nor a signed-in session",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @interface UnauthorizedResponse {
    }

    /** An id that names no record. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "404", description = "No record has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @interface NotFoundResponse {
    }
}
