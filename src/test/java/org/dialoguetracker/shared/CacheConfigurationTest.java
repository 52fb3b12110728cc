package org.dialoguetracker.shared;

import com.github.benmanes.caffeine.cache.Policy.Eviction;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one cache manager holds the caches that modules declare, bounded as they say unless the properties say
 * otherwise, and nothing else; a bound for a cache nobody declares, or of the wrong kind, stops the start.
 */
class CacheConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CacheAutoConfiguration.class))
            .withUserConfiguration(CacheConfiguration.class, Declared.class)
            .withPropertyValues("spring.cache.type=caffeine");

    @Test
    void the_declared_caches_with_their_default_bounds_and_no_other() {
        context.run(started -> {
            CacheManager caches = started.getBean(CacheManager.class);
            assertThat(caches.getCacheNames()).containsExactlyInAnyOrder("test-sized", "test-weighed");
            assertThat(eviction(caches, "test-sized").getMaximum()).isEqualTo(3);
            assertThat(eviction(caches, "test-sized").isWeighted()).isFalse();
            assertThat(eviction(caches, "test-weighed").getMaximum()).isEqualTo(100);
            assertThat(caches.getCache("undeclared")).as("made on the fly").isNull();
        });
    }

    @Test
    void a_weighed_cache_weighs_its_values_as_declared() {
        context.run(started -> {
            CacheManager caches = started.getBean(CacheManager.class);
            caches.getCache("test-weighed").put("key", "seven!!");
            assertThat(eviction(caches, "test-weighed").weightOf("key")).hasValue(7);
        });
    }

    @Test
    void the_properties_override_the_bounds() {
        context.withPropertyValues("dialogue.caches.test-sized.maximum-size=7",
                        "dialogue.caches.test-weighed.maximum-weight=50")
                .run(started -> {
                    CacheManager caches = started.getBean(CacheManager.class);
                    assertThat(eviction(caches, "test-sized").getMaximum()).isEqualTo(7);
                    assertThat(eviction(caches, "test-weighed").getMaximum()).isEqualTo(50);
                });
    }

    @Test
    void a_bound_for_a_cache_nobody_declares_stops_the_start() {
        context.withPropertyValues("dialogue.caches.test-sizd.maximum-size=7")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("dialogue.caches").hasMessageContaining("test-sizd"));
    }

    @Test
    void a_bound_of_the_wrong_kind_stops_the_start() {
        context.withPropertyValues("dialogue.caches.test-weighed.maximum-size=7")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("dialogue.caches.test-weighed.maximum-size"));
        context.withPropertyValues("dialogue.caches.test-sized.maximum-weight=7")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("dialogue.caches.test-sized.maximum-weight"));
    }

    private static Eviction<Object, Object> eviction(CacheManager caches, String name) {
        return ((CaffeineCache) caches.getCache(name)).getNativeCache().policy().eviction().orElseThrow();
    }

    @Configuration(proxyBeanMethods = false)
    static class Declared {

        @Bean
        KeptCache sized() {
            return KeptCache.sized("test-sized", 3);
        }

        @Bean
        KeptCache weighed() {
            return KeptCache.weighed("test-weighed", 100, String.class, String::length);
        }
    }
}
