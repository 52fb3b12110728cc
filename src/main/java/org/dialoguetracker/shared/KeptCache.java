package org.dialoguetracker.shared;

import java.util.function.ToIntFunction;

/**
 * A cache a module keeps in Spring's cache abstraction, declared by the module as a bean (see its {@code *Caches}
 * configuration) and registered by {@link CacheConfiguration} on the one cache manager, so that no central list names
 * it. {@code @Cacheable} and {@code CacheManager.getCache} find it by its name.
 *
 * <p>The bound is the module's default: {@code dialogue.caches.<name>.maximum-size} in the properties overrides it,
 * or {@code maximum-weight} for a cache that weighs what it keeps.
 *
 * @param name    the cache's name, the module's name first ({@code recommendation-facets})
 * @param bound   how many values it keeps at most, or for a weighed cache their total weight
 * @param weigher the weight of a value, or null when every value counts one
 */
public record KeptCache(String name, long bound, ToIntFunction<Object> weigher) {

    /** A cache of at most so many values. */
    public static KeptCache sized(String name, long maximumSize) {
        return new KeptCache(name, maximumSize, null);
    }

    /** A cache of values of one type whose weights add up to at most {@code maximumWeight}. */
    public static <V> KeptCache weighed(String name, long maximumWeight, Class<V> type, ToIntFunction<V> weight) {
        return new KeptCache(name, maximumWeight, value -> weight.applyAsInt(type.cast(value)));
    }

    public boolean weighed() {
        return weigher != null;
    }
}
