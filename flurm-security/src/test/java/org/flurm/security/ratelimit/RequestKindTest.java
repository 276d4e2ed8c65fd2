package org.flurm.security.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestKindTest {

    @ParameterizedTest
    @ValueSource(ints = {4003, 4001, 4028, 4025})
    void jobCreatingRequestsAreSubmissions(int id) {
        assertThat(RequestKind.ofMessageType(id)).isEqualTo(RequestKind.SUBMIT);
    }

    @ParameterizedTest
    @ValueSource(ints = {2003, 2021, 2039, 2007, 2040, 2009, 2001, 2049, 2035, 1008, 2051})
    void readOnlyRequestsAreQueries(int id) {
        assertThat(RequestKind.ofMessageType(id)).isEqualTo(RequestKind.QUERY);
    }

    @ParameterizedTest
    @ValueSource(ints = {3001, 3002, 5032, 5005, 5023, 5001, 1005, 2017, 2202})
    void stateChangingRequestsAreUpdates(int id) {
        assertThat(RequestKind.ofMessageType(id)).isEqualTo(RequestKind.UPDATE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4242, 65535})
    void unknownTypesCountAsUpdates(int id) {
        assertThat(RequestKind.ofMessageType(id)).isEqualTo(RequestKind.UPDATE);
    }
}
