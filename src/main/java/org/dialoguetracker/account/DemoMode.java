package org.dialoguetracker.account;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether this instance shows the demo: on by default when the app runs on its own embedded database (no
 * {@code spring.datasource.url}), off on an external one; {@code dialogue.demo.enabled} decides either way.
 */
@Component
public class DemoMode {

    public static final String DEMO_PASSWORD = "demo";

    private final boolean enabled;

    DemoMode(Environment environment) {
        Boolean configured = environment.getProperty("dialogue.demo.enabled", Boolean.class);
        this.enabled = configured != null ? configured
                : !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    public boolean isEnabled() {
        return enabled;
    }
}
