package org.dialoguetracker.shared.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.thymeleaf.util.ExpressionUtils;

/**
 * Reads a property in a template's expression ({@code ${r.title}}) as Thymeleaf's own accessor does: a getter, a
 * record component or a field found by Spring's {@link ReflectivePropertyAccessor}, refused when Thymeleaf forbids
 * that member ({@link ExpressionUtils#isMemberForbidden}). Unlike it, this accessor finds the member once per class
 * and property name and keeps it.
 * <p>
 * Spring Framework 7.0 looks the member up again on every read: an expression caches the accessor that Spring makes
 * for the member it found, but throws it away at the next read, because that accessor is not one of the evaluation
 * context's (spring-projects/spring-framework#36987, to be fixed in 7.1). With Thymeleaf's access checks on top, a
 * list page spent a quarter of its time finding the same getters again (see bench/README.md). This accessor is one
 * of the context's, so an expression keeps it, and it keeps what it found.
 * <p>
 * Whether a member may be read depends on the target's class and the member's name only, as the lookup does, except
 * for a {@link Class} itself (a static member), which is left to the reflective accessor unchanged.
 */
final class CachedPropertyAccessor implements PropertyAccessor {

    static final CachedPropertyAccessor INSTANCE = new CachedPropertyAccessor();

    private static final Optional<PropertyAccessor> NONE = Optional.empty();

    private final ReflectivePropertyAccessor reflective = new ReflectivePropertyAccessor(false);

    /** per class, per property name: the member's accessor, or none when the class has no such property */
    private final ClassValue<Map<String, Optional<PropertyAccessor>>> readers = new ClassValue<>() {
        @Override
        protected Map<String, Optional<PropertyAccessor>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private CachedPropertyAccessor() {
    }

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return null; // any class
    }

    @Override
    public boolean canRead(EvaluationContext context, Object target, String name) throws AccessException {
        if (target == null) {
            return false;
        }
        if (target instanceof Class<?>) {
            if (!reflective.canRead(context, target, name)) {
                return false;
            }
            if (!allowed(target, name)) {
                throw forbidden(target, name);
            }
            return true;
        }
        return reader(context, target, name).isPresent();
    }

    @Override
    public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
        if (target instanceof Class<?>) {
            if (!canRead(context, target, name)) {
                throw new AccessException("No property '" + name + "' on " + target);
            }
            return reflective.read(context, target, name);
        }
        Optional<PropertyAccessor> reader = target == null ? NONE : reader(context, target, name);
        if (reader.isEmpty()) {
            throw new AccessException("No property '" + name + "' on " + (target == null ? "null" : target.getClass()));
        }
        return reader.get().read(context, target, name);
    }

    @Override
    public boolean canWrite(EvaluationContext context, Object target, String name) {
        return false; // templates only read
    }

    @Override
    public void write(EvaluationContext context, Object target, String name, Object newValue) throws AccessException {
        throw new AccessException("Templates do not write properties: " + name);
    }

    private Optional<PropertyAccessor> reader(EvaluationContext context, Object target, String name)
            throws AccessException {
        Map<String, Optional<PropertyAccessor>> ofClass = readers.get(target.getClass());
        Optional<PropertyAccessor> reader = ofClass.get(name);
        if (reader == null) {
            if (!reflective.canRead(context, target, name)) {
                reader = NONE;
            } else if (!allowed(target, name)) {
                // not kept: a forbidden member throws each time it is asked for, as with Thymeleaf's accessor
                throw forbidden(target, name);
            } else {
                reader = Optional.of(reflective.createOptimalAccessor(context, target, name));
            }
            ofClass.put(name, reader);
        }
        return reader;
    }

    /** Thymeleaf's rule, asked of the getter the property stands for, as its own accessor asks it */
    private static boolean allowed(Object target, String name) {
        String getter = ("empty".equals(name) || "blank".equals(name) ? "is" : "get")
                + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return !ExpressionUtils.isMemberForbidden(target, getter);
    }

    private static EvaluationException forbidden(Object target, String name) {
        return new EvaluationException(String.format(
                "Accessing member '%s' is forbidden for type '%s' in this expression context.", name,
                target instanceof Class<?> type ? type : target.getClass()));
    }
}
