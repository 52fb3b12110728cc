package org.dialoguetracker.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Spring's cache abstraction on Boot's one {@link CaffeineCacheManager} ({@code spring.cache.type=caffeine}), holding
 * the caches every module declares as {@link KeptCache} beans, each bounded as its module says unless
 * {@code dialogue.caches.<name>.maximum-size} (or {@code maximum-weight}) says otherwise. Only declared caches exist:
 * a name no module declares is an error, not a new unbounded cache, and so is a bound set for a cache that no module
 * declares. Admins see the caches at {@code /actuator/caches}.
 *
 * <p>What the modules keep is keyed by the {@link DataVersions} read for the request, so a kept value is never stale
 * and nothing is evicted on a change: the bounds only limit the memory that older versions hold until they age out.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

    private static final String BOUNDS = "dialogue.caches";

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> keptCaches(List<KeptCache> caches, Environment environment) {
        Map<String, Bound> bounds = Binder.get(environment)
                .bind(BOUNDS, Bindable.mapOf(String.class, Bound.class))
                .orElseGet(Map::of);
        Set<String> undeclared = new TreeSet<>(bounds.keySet());
        caches.forEach(cache -> undeclared.remove(cache.name()));
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException(BOUNDS + " bounds caches that no module declares: " + undeclared);
        }
        return manager -> {
            manager.setCacheNames(List.of()); // no cache made on the fly for a name that nothing declared
            caches.forEach(cache -> manager.registerCustomCache(cache.name(),
                    build(cache, bounds.getOrDefault(cache.name(), Bound.NONE))));
        };
    }

    private static com.github.benmanes.caffeine.cache.Cache<Object, Object> build(KeptCache cache, Bound bound) {
        String property = BOUNDS + "." + cache.name() + ".";
        if (cache.weighed()) {
            if (bound.maximumSize() != null) {
                throw new IllegalStateException(property + "maximum-size: this cache is weighed, set maximum-weight");
            }
            return Caffeine.newBuilder()
                    .maximumWeight(bound.maximumWeight() != null ? bound.maximumWeight() : cache.bound())
                    .weigher((Object key, Object value) -> cache.weigher().applyAsInt(value))
                    .build();
        }
        if (bound.maximumWeight() != null) {
            throw new IllegalStateException(property + "maximum-weight: this cache counts values, set maximum-size");
        }
        return Caffeine.newBuilder()
                .maximumSize(bound.maximumSize() != null ? bound.maximumSize() : cache.bound())
                .build();
    }

    /** A cache's bound as the properties set it, either one or neither. */
    record Bound(Long maximumSize, Long maximumWeight) {

        static final Bound NONE = new Bound(null, null);
    }
}
