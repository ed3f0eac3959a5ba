package dev.pail.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class S3FaultTest {

    @Test
    void everyFaultReadsWellInTheJournal() {
        assertThat(S3Fault.error(S3ErrorCode.SLOW_DOWN)).hasToString("SlowDown 503");
        assertThat(S3Fault.error(S3ErrorCode.INTERNAL_ERROR)).hasToString("InternalError 500");
        assertThat(S3Fault.error(S3ErrorCode.SERVICE_UNAVAILABLE)).hasToString("ServiceUnavailable 503");
        assertThat(S3Fault.error(S3ErrorCode.REQUEST_TIMEOUT)).hasToString("RequestTimeout 400");
        assertThat(S3Fault.error(S3ErrorCode.ACCESS_DENIED, "no")).hasToString("AccessDenied 403");
        assertThat(S3Fault.status(418)).hasToString("status 418");
        assertThat(S3Fault.delay(Duration.ofSeconds(2))).hasToString("delay 2s then serve");
        assertThat(S3Fault.delay(Duration.ofMillis(1500), S3Fault.connectionReset()))
                .hasToString("delay 1500ms then connection reset");
        assertThat(S3Fault.connectionReset()).hasToString("connection reset");
        assertThat(S3Fault.truncatedBody(100)).hasToString("body cut after 100 bytes");
        assertThat(S3Fault.truncatedBody(1)).hasToString("body cut after 1 byte");
        assertThat(S3Fault.slowBody(1024)).hasToString("slow body 1024 bytes/s");
    }

    @Test
    void faultsAreValues() {
        assertThat(S3Fault.error(S3ErrorCode.SLOW_DOWN))
                .isEqualTo(new S3Fault.ErrorResponse(S3ErrorCode.SLOW_DOWN, S3ErrorCode.SLOW_DOWN.defaultMessage()));
        assertThat(S3Fault.delay(Duration.ofSeconds(1)))
                .isEqualTo(new S3Fault.Delay(Duration.ofSeconds(1), Optional.empty()))
                .isNotEqualTo(S3Fault.delay(Duration.ofSeconds(1), S3Fault.status(500)));
    }

    @Test
    void nonsenseIsRejected() {
        assertThatThrownBy(() -> S3Fault.status(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S3Fault.status(600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S3Fault.delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S3Fault.truncatedBody(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S3Fault.slowBody(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S3Fault.error(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> S3Fault.delay(Duration.ZERO, null)).isInstanceOf(NullPointerException.class);
    }
}
