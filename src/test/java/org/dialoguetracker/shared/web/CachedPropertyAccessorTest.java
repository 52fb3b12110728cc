package org.dialoguetracker.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticApplicationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cached accessor reads what Thymeleaf's own reads and refuses what it refuses: the same expressions, on
 * Thymeleaf's evaluation context as it comes and as {@link TemplateExpressions} changes it, give the same values and
 * the same failures, read once or many times.
 */
class CachedPropertyAccessorTest {

    record Title(String en, String ru) {
    }

    public static class Bean {

        public String visible = "a public field";

        public String getName() {
            return "a getter";
        }

        public boolean isEmpty() {
            return true;
        }
    }

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    /** (root object, expression) pairs: readable members, missing ones, and members Thymeleaf forbids */
    private static final List<Map.Entry<Object, String>> CASES = List.of(
            Map.entry(new Title("Arms control", "Контроль над вооружениями"), "en"),
            Map.entry(new Title("Arms control", null), "ru"),
            Map.entry(new Bean(), "name"),
            Map.entry(new Bean(), "empty"),
            Map.entry(new Bean(), "visible"),
            Map.entry(new Bean(), "missing"),
            Map.entry(List.of(1, 2, 3), "empty"),
            Map.entry(new ArrayList<>(List.of("x")), "empty"),
            Map.entry(Map.of("key", "from a map"), "key"),
            Map.entry(new Title("x", "y"), "class"),
            Map.entry(new Title("x", "y"), "class.name"),
            Map.entry(new Title("x", "y"), "class.classLoader"),
            Map.entry(Thread.currentThread(), "name"),
            Map.entry(Thread.currentThread(), "contextClassLoader"),
            Map.entry(String.class, "name"),
            Map.entry(String.class, "classLoader"),
            Map.entry(Runtime.getRuntime(), "empty"));

    @Test
    void reads_and_refuses_what_thymeleafs_own_accessor_does() {
        for (Map.Entry<Object, String> c : CASES) {
            Expression expression = PARSER.parseExpression(c.getValue());
            String thymeleafs = outcome(expression, thymeleafContext(false), c.getKey());
            Expression again = PARSER.parseExpression(c.getValue());
            ThymeleafEvaluationContext cached = thymeleafContext(true);
            for (int i = 0; i < 3; i++) { // the first read finds the member, the next ones use what was kept
                assertThat(outcome(again, cached, c.getKey())).as("%s on %s, read %d", c.getValue(),
                        c.getKey().getClass().getSimpleName(), i + 1).isEqualTo(thymeleafs);
            }
        }
        assertThat(outcome(PARSER.parseExpression("name"), thymeleafContext(true), Thread.currentThread()))
                .as("a forbidden member").startsWith("refused");
        assertThat(outcome(PARSER.parseExpression("en"), thymeleafContext(true), new Title("Arms control", null)))
                .isEqualTo("= Arms control");
    }

    @Test
    void an_expression_read_on_objects_of_different_classes_finds_each_ones_member() {
        Expression expression = PARSER.parseExpression("empty");
        ThymeleafEvaluationContext context = thymeleafContext(true);
        assertThat(outcome(expression, context, new Bean())).isEqualTo("= true");
        assertThat(outcome(expression, context, List.of())).isEqualTo("= true");
        assertThat(outcome(expression, context, List.of(1))).isEqualTo("= false");
        assertThat(outcome(expression, context, new Title("x", "y"))).startsWith("refused");
    }

    @Test
    void the_accessor_takes_the_place_of_the_reflective_one_and_only_that() {
        ThymeleafEvaluationContext context = thymeleafContext(true);
        assertThat(context.getPropertyAccessors()).contains(CachedPropertyAccessor.INSTANCE)
                .hasSize(thymeleafContext(false).getPropertyAccessors().size());
    }

    private static ThymeleafEvaluationContext thymeleafContext(boolean cached) {
        StaticApplicationContext application = new StaticApplicationContext();
        application.refresh();
        ThymeleafEvaluationContext context = new ThymeleafEvaluationContext(application, null);
        if (cached) {
            TemplateExpressions.CachedPropertyAccess.useCachedAccessor(context);
        }
        return context;
    }

    private static String outcome(Expression expression, ThymeleafEvaluationContext context, Object root) {
        try {
            return "= " + expression.getValue(context, root);
        }
        catch (RuntimeException e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }
}
