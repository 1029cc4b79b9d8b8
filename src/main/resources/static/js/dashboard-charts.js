// Draws the dashboard's charts from their data-series attribute (reports.web.DashboardCharts).
(function () {
  'use strict';
  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-series'));
    var stacked = element.getAttribute('data-chart') === 'months';
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      title: { text: data.title, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 40, right: 16, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: data.labels, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', stack: stacked ? 'tips' : undefined, data: s.data };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll('.dashboard-chart[data-series]').forEach(draw);
  });
})();
