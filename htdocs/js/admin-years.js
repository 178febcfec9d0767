/*
 * admin-years.js — 学年设置 add form (templates/admin/years.tpl).
 * Contract: in a form with data-year-defaults, when the 学年 field (#label) becomes a valid
 * "YYYY-YYYY" of consecutive years, every date input with data-default="<name>" that still holds
 * the default of the previous label is moved to the default of the new one (starts_on 09-01,
 * ends_on next 08-31, enroll_deadline 09-30, policy_deadline and stats_deadline 10-31); dates the
 * admin changed stay. Plain ES5, no dependencies; without JS the server fills empty dates from
 * the label and checks everything. Loaded with <script src defer> (CSP 'self').
 */
(function () {
  'use strict';

  var SUFFIX = {
    starts_on: [0, '-09-01'],
    ends_on: [1, '-08-31'],
    enroll_deadline: [0, '-09-30'],
    policy_deadline: [0, '-10-31'],
    stats_deadline: [0, '-10-31']
  };

  function firstYear(label) {
    var m = /^(\d{4})-(\d{4})$/.exec(label);
    if (!m || parseInt(m[2], 10) !== parseInt(m[1], 10) + 1) return 0;
    return parseInt(m[1], 10);
  }

  function defaultFor(name, first) {
    var s = SUFFIX[name];
    return s ? String(first + s[0]) + s[1] : '';
  }

  function init() {
    var form = document.querySelector('form[data-year-defaults]');
    if (!form) return;
    var label = form.querySelector('#label');
    if (!label) return;
    var previous = firstYear(label.value);
    label.addEventListener('input', function () {
      var first = firstYear(label.value);
      if (!first) return;
      var inputs = form.querySelectorAll('input[data-default]');
      for (var i = 0; i < inputs.length; i++) {
        var name = inputs[i].getAttribute('data-default');
        if (inputs[i].value === '' || (previous && inputs[i].value === defaultFor(name, previous))) {
          inputs[i].value = defaultFor(name, first);
        }
      }
      previous = first;
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
