/*
 * insurer-region.js — the 负责区域 selects of 增加账号 (templates/insurer/accounts.tpl).
 * Contract: in a form.insurer-account-form with selects #level (市 / 县区), #city and #county (its
 * counties in <optgroup data-city="CODE">), choosing a city leaves only that city's counties
 * in #county, and level 市 disables #county. Plain ES5, no dependencies; without JS every county
 * stays listed by city and the server checks the choice. Loaded with <script src defer>.
 */
(function () {
  'use strict';
  var form = document.querySelector('form.insurer-account-form');
  if (!form) return;
  var level = form.querySelector('#level');
  var city = form.querySelector('#city');
  var county = form.querySelector('#county');
  if (!city || !county) return;
  var groups = county.querySelectorAll('optgroup');

  function update() {
    var chosen = city.value;
    for (var i = 0; i < groups.length; i++) {
      var show = !chosen || groups[i].getAttribute('data-city') === chosen;
      groups[i].hidden = !show;
      groups[i].disabled = !show;
      if (!show && county.selectedOptions && county.selectedOptions[0] &&
          county.selectedOptions[0].parentNode === groups[i]) county.value = '';
    }
    county.disabled = !!(level && level.value === 'city');
  }

  city.addEventListener('change', update);
  if (level) level.addEventListener('change', update);
  update();
})();
