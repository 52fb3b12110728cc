package org.dialoguetracker.shared.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The fingerprinted address of a static file: {@code /css/app.css} becomes {@code /css/app-<md5 of its content>.css},
 * which the resource handler serves with a year's caching (see {@code spring.web.resources.*} in
 * application.properties): a new version of the file has a new address, so a browser never keeps a stale one.
 * Templates write {@code th:href="${#assets.url('/css/app.css')}"}.
 *
 * <p>Spring's {@code ResourceUrlEncodingFilter} would rewrite every link of every page this way, and costs most of a
 * page's CPU doing it (see {@code WebConfiguration}); here only the few files of the page's head are looked up, and
 * each once: the answer is kept for the life of the application, since the files are in the jar. A path that is not
 * a static file stays as it is.
 */
@Component
public class StaticAssets extends AbstractDialect implements IExpressionObjectDialect {

    private final ObjectProvider<ResourceUrlProvider> urls;

    private final Map<String, String> fingerprinted = new ConcurrentHashMap<>();

    StaticAssets(ObjectProvider<ResourceUrlProvider> urls) {
        super("assets");
        this.urls = urls;
    }

    public String url(String path) {
        String known = fingerprinted.get(path);
        if (known != null) {
            return known;
        }
        ResourceUrlProvider provider = urls.getIfAvailable();
        String url = provider == null ? null : provider.getForLookupPath(path);
        if (url == null) {
            // before the handlers are known (or for a path that is no static file): the plain address, not kept
            return path;
        }
        if (fingerprinted.size() < 64) {
            fingerprinted.put(path, url);
        }
        return url;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("assets");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return StaticAssets.this;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
