package org.dialoguetracker.shared;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uploads (a backup to restore, a CSV to import) wait on disk in a private directory of this instance under
 * {@code spring.servlet.multipart.location} ({@code ./data/uploads}), not in Tomcat's temporary folder, and what a
 * stopped instance left there is deleted at start ({@link UploadDirectory}). The limits are Spring Boot's
 * {@code spring.servlet.multipart.*} as configured; this replaces only Boot's choice of location.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(MultipartProperties.class)
class Uploads {

    static final String DEFAULT_LOCATION = "./data/uploads";

    @Bean(destroyMethod = "close")
    UploadDirectory uploadDirectory(MultipartProperties multipart) throws IOException {
        String location = multipart.getLocation();
        return UploadDirectory.claim(Path.of(location == null || location.isBlank() ? DEFAULT_LOCATION : location));
    }

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, UploadDirectory directory) {
        MultipartConfigElement limits = multipart.createMultipartConfig();
        return new MultipartConfigElement(directory.path().toString(), limits.getMaxFileSize(),
                limits.getMaxRequestSize(), limits.getFileSizeThreshold());
    }
}
