package com.propq.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** A 10,000-line price list goes through the dry run (reporting progress) and applies as one batch. */
@SpringBootTest
@WithMockUser(username = "agent-big", roles = "AGENT")
class LargePriceListImportTest {

    @Autowired
    PriceListService priceList;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tenThousandLinesAreDryRunWithProgressAndAppliedAllTogether() {
        long developmentId = jdbc.sql(
                        "insert into development (propq_id, name) values (:p, 'Ten Thousand Towers') " + "returning id")
                .param("p", "BIG-" + UUID.randomUUID())
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into unit (development_id, name, status, price, directions)
                select :d, 'T-' || lpad(n::text, 5, '0'), 'AVAILABLE', 200000 + n, '{S}'
                from generate_series(1, 10000) n""").param("d", developmentId).update();

        var exported = new ByteArrayOutputStream();
        priceList.export(developmentId, UnitFilter.NONE, exported);
        // Every price up by 1,000 euros.
        var lines = exported.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        var raised = new ArrayList<String>();
        raised.add(lines.getFirst());
        for (var line : lines.subList(1, lines.size())) {
            var cells = line.split(",", -1);
            cells[2] = new java.math.BigDecimal(cells[2])
                    .add(java.math.BigDecimal.valueOf(1000))
                    .toPlainString();
            raised.add(String.join(",", cells));
        }
        var csv = String.join("\r\n", raised).getBytes(StandardCharsets.UTF_8);
        var progress = new ArrayList<Integer>();

        var dryRun = priceList.dryRun(developmentId, new ByteArrayInputStream(csv), "", progress::add);

        assertThat(dryRun.invalid()).isEmpty();
        assertThat(dryRun.changed()).hasSize(10_000);
        assertThat(progress).hasSize(20).last().isEqualTo(10_000);

        var result = priceList.apply(dryRun, "");

        assertThat(result.unitCount()).isEqualTo(10_000);
        assertThat(jdbc.sql("select count(*) from unit where development_id = :d and price = 201000 + "
                                + "cast(substring(name from 3) as integer)")
                        .param("d", developmentId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(10_000);
        assertThat(jdbc.sql("select count(*) from outbox where development_id = :d")
                        .param("d", developmentId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(10_000);
    }
}
