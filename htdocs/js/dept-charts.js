/*
 * dept-charts.js — draws the charts of 数据统计 (templates/department/statistics.tpl).
 * Contract: every element with data-chart holds a JSON chart specification (department/charts.h:
 * title, kind bar|line, unit, categories, series of {name, data}); it is drawn with ECharts
 * (js/vendor/echarts.min.js, installed from npm by `make`). Without JavaScript or without
 * ECharts the elements stay empty (hidden by CSS) and the tables below them carry the figures.
 * Plain ES5, loaded with <script src defer> after echarts.min.js.
 */
(function () {
  'use strict';
  if (!window.echarts) return;
  var nodes = document.querySelectorAll('[data-chart]');
  var charts = [];
  for (var i = 0; i < nodes.length; i++) {
    var spec;
    try {
      spec = JSON.parse(nodes[i].getAttribute('data-chart'));
    } catch (e) {
      continue;
    }
    var series = [];
    for (var j = 0; j < spec.series.length; j++) {
      series.push({ name: spec.series[j].name, type: spec.kind, data: spec.series[j].data });
    }
    nodes[i].textContent = '';
    var chart = window.echarts.init(nodes[i]);
    chart.setOption({
      title: { text: spec.title, left: 'center', top: 0, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 30 },
      grid: { top: 72, left: 48, right: 16, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: spec.categories, axisLabel: { interval: 0, rotate: spec.categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', name: spec.unit },
      series: series
    });
    charts.push(chart);
  }
  window.addEventListener('resize', function () {
    for (var k = 0; k < charts.length; k++) charts[k].resize();
  });
}());
