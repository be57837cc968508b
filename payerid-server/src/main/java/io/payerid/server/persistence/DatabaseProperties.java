package io.payerid.server.persistence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code payerid.database.*}.
 *
 * @param networkTimeout how long a statement may wait for the database's answer before the connection is
 *                       given up and the caller gets {@code DATABASE_UNAVAILABLE} (JDBC network timeout;
 *                       ignored by the embedded H2). Longer than any query the gateway runs.
 */
@ConfigurationProperties("payerid.database")
public record DatabaseProperties(@DefaultValue("3s") Duration networkTimeout) {
}
