package com.botclientemanager.access.internal;

import com.botclientemanager.access.AccessKeyState;
import com.botclientemanager.access.AccessService;
import com.botclientemanager.storage.StorageException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code accessKey} in {@code /actuator/health}: OUT_OF_SERVICE while access data is stored encrypted and
 * {@code secret.key} is gone from the data dir (the values cannot be read; nothing is written over them). Names the
 * file, never its content.
 */
@Component("accessKeyHealthIndicator")
class AccessKeyHealthIndicator implements HealthIndicator {

    private final AccessService access;

    AccessKeyHealthIndicator(AccessService access) {
        this.access = access;
    }

    @Override
    public Health health() {
        try {
            if (access.keyState() == AccessKeyState.READY) {
                return Health.up().build();
            }
        } catch (StorageException e) {
            return Health.unknown().withDetail("reason", "access.json not readable").build();
        }
        return Health.status(Status.OUT_OF_SERVICE).withDetail("missing", "secret.key in the data dir")
                .withDetail("action", "copy secret.key back from a backup of the data dir and restart; access user names "
                        + "and passwords cannot be read without it").build();
    }
}
