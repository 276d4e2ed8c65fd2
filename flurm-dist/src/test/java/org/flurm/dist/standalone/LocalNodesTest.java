package org.flurm.dist.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which node addresses flurm standalone takes for this host's. */
class LocalNodesTest {

    @ParameterizedTest
    @CsvSource({
        "localhost,             true",
        "127.0.0.1,             true",
        "127.0.1.1,             true",
        "192.0.2.1,             false",
        "no-such-host.invalid,  false",
    })
    void anAddressIsLocalWhenThisHostHasIt(String host, boolean local) {
        assertThat(LocalNodes.isLocal(host)).isEqualTo(local);
    }
}
