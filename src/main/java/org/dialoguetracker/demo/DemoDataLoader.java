package org.dialoguetracker.demo;

import javax.sql.DataSource;

import org.dialoguetracker.account.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, fills an empty database once with the RUSI–RIAC dialogue ({@code db/demo/demo-data.sql}),
 * after the demo accounts exist. A database that already holds a dialogue is left alone, so restarts never
 * load it twice.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    static final String SCRIPT = "db/demo/demo-data.sql";

    /** The demo data's first revision, so that the History tabs start from it. */
    static final String HISTORY = "db/demo/demo-history.sql";

    private final DemoMode demoMode;

    private final JdbcTemplate jdbc;

    private final DataSource dataSource;

    private final TransactionTemplate transaction;

    DemoDataLoader(DemoMode demoMode, DataSource dataSource, TransactionTemplate transaction) {
        this.demoMode = demoMode;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            // one loader at a time, even when several instances start together on one database
            jdbc.execute("lock table dialogue in exclusive mode");
            Integer dialogues = jdbc.queryForObject("select count(*) from dialogue", Integer.class);
            if (dialogues != null && dialogues > 0) {
                log.debug("Database already holds data; demo data not loaded");
                return;
            }
            ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource(SCRIPT),
                    new ClassPathResource(HISTORY));
            populator.setSqlScriptEncoding("UTF-8");
            // takes the transaction's connection, so the script loads whole or not at all
            DatabasePopulatorUtils.execute(populator, dataSource);
            log.info("Loaded the demo data set (RUSI–RIAC UK–Russia security dialogue)");
        });
    }
}
