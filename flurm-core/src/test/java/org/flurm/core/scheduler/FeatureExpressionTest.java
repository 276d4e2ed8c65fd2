package org.flurm.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parsing and evaluating {@code --constraint} expressions. */
class FeatureExpressionTest {

    @Test
    void andNeedsEveryFeature() {
        FeatureExpression e = FeatureExpression.parse("a&b");
        assertThat(e.matches(Set.of("a", "b", "c"))).isTrue();
        assertThat(e.matches(Set.of("a"))).isFalse();
    }

    @Test
    void commaIsAnAnd() {
        assertThat(FeatureExpression.parse("a,b"))
                .isEqualTo(FeatureExpression.parse("a&b"));
    }

    @Test
    void orNeedsOneFeature() {
        FeatureExpression e = FeatureExpression.parse("a|b");
        assertThat(e.matches(Set.of("b"))).isTrue();
        assertThat(e.matches(Set.of("c"))).isFalse();
    }

    @Test
    void andBindsTighterThanOr() {
        FeatureExpression e = FeatureExpression.parse("a&b|c");
        assertThat(e.matches(Set.of("c"))).isTrue();
        assertThat(e.matches(Set.of("a"))).isFalse();
    }

    @Test
    void parenthesesAndBracketsGroup() {
        FeatureExpression e = FeatureExpression.parse("a&(b|c)");
        assertThat(e.matches(Set.of("a", "c"))).isTrue();
        assertThat(e.matches(Set.of("b", "c"))).isFalse();
        assertThat(FeatureExpression.parse("[b|c]&a")).isEqualTo(
                FeatureExpression.parse("(b|c)&a"));
    }

    @Test
    void namesListsEveryFeatureMentioned() {
        assertThat(FeatureExpression.parse("x&(y|z)").names()).containsExactly("x", "y", "z");
    }

    @Test
    void emptyExpressionMatchesEveryNode() {
        assertThat(FeatureExpression.parse(" ")).isEqualTo(FeatureExpression.ANY);
        assertThat(FeatureExpression.ANY.matches(Set.of())).isTrue();
    }

    @Test
    void malformedExpressionsAreRefused() {
        assertThatThrownBy(() -> FeatureExpression.parse("a&")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureExpression.parse("(a|b")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureExpression.parse("a*2")).isInstanceOf(
                IllegalArgumentException.class);
    }
}
