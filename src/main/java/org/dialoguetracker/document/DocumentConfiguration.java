package org.dialoguetracker.document;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The documents' store (PostgreSQL; an S3-compatible one would be another {@link DocumentStore} bean here) and the
 * upload limit, {@code dialogue.documents.max-size} (50 MB unless set).
 */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

    @Bean
    DocumentStore documentStore(DataSource dataSource) {
        return new PostgresDocumentStore(dataSource);
    }

    @Bean
    UploadCheck uploadCheck(@Value("${dialogue.documents.max-size:50MB}") DataSize maxSize) {
        return new UploadCheck(maxSize.toBytes());
    }
}
