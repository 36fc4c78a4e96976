package com.botclientemanager;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A JDBC result stream holds its pooled connection until someone closes it; one forgotten close per delivery report
 * emptied the pool after ten webhooks. The app reads rows with {@code list()}, {@code optional()}, {@code single()} or
 * a row callback, which return the connection before they return.
 */
class JdbcResourcesTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.botclientemanager");

    @Test
    void noCodeOpensAJdbcResultStream() {
        ArchRule rule = noClasses().should().callMethod(JdbcClient.MappedQuerySpec.class, "stream")
                .orShould().callMethodWhere(DescribedPredicate.describe("queryForStream on a JdbcTemplate",
                        call -> call.getTarget().getName().equals("queryForStream")
                                && (call.getTargetOwner().isAssignableTo(JdbcOperations.class)
                                || call.getTargetOwner().isAssignableTo(NamedParameterJdbcOperations.class))))
                .orShould().callMethod(javax.sql.DataSource.class, "getConnection")
                .because("a result stream or a raw connection keeps a pooled connection until closed: use list(), "
                        + "optional(), single() or a RowCallbackHandler");
        rule.check(APP);
    }
}
