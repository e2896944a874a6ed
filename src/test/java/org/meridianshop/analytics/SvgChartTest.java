package org.meridianshop.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {

  @Test
  void theLargestValueReachesTheTopAndTheOthersScaleToIt() {
    var chart =
        SvgChart.of(
            "Revenue",
            List.of(
                new SvgChart.Point("mon", new BigDecimal("50")),
                new SvgChart.Point("tue", new BigDecimal("200")),
                new SvgChart.Point("wed", BigDecimal.ZERO)));

    assertThat(chart.bars()).extracting(SvgChart.Bar::height).containsExactly(50, 200, 0);
    assertThat(chart.bars()).extracting(SvgChart.Bar::y).containsExactly(150, 0, 200);
    assertThat(chart.bars()).extracting(SvgChart.Bar::x).containsExactly(1, 201, 401);
    assertThat(chart.linePoints()).isEqualTo("100,150 300,0 500,200");
  }
}
