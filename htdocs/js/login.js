/*
 * login.js — portal login page (templates/portal/login.tpl).
 * Contract: when the account-kind tab (radio inputs name="kind") changes, set the placeholder of
 * the login field (#login) to the hint for that kind. No dependencies, plain ES5 for old
 * browsers; the form works the same without it. Loaded with <script src defer> (CSP 'self').
 */
(function () {
  'use strict';

  var PLACEHOLDERS = {
    school: '请输入学校全称或联系人手机号',
    department: '请输入区域名称，如：郑州市、金水区',
    insurer: '请输入登录账号'
  };

  function init() {
    var login = document.getElementById('login');
    var radios = document.querySelectorAll('input[type="radio"][name="kind"]');
    if (!login || radios.length === 0) {
      return;
    }

    function update() {
      for (var i = 0; i < radios.length; i++) {
        if (radios[i].checked && PLACEHOLDERS.hasOwnProperty(radios[i].value)) {
          login.setAttribute('placeholder', PLACEHOLDERS[radios[i].value]);
          return;
        }
      }
    }

    for (var i = 0; i < radios.length; i++) {
      radios[i].addEventListener('change', update);
    }
    update();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
