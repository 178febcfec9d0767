/*
 * admin-confirm.js — admin console decisions (templates/admin/*.tpl).
 * Contract: a form with a data-confirm="question" attribute asks window.confirm(question) before
 * it is submitted and is not sent when the answer is no. Plain ES5, no dependencies; without JS
 * the forms still work (the server checks everything). Loaded with <script src defer> (CSP 'self').
 */
(function () {
  'use strict';

  function init() {
    var forms = document.querySelectorAll('form[data-confirm]');
    for (var i = 0; i < forms.length; i++) {
      forms[i].addEventListener('submit', function (event) {
        if (!window.confirm(this.getAttribute('data-confirm'))) {
          event.preventDefault();
        }
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
