/*
 * print.js — the 打印本页 button of htdocs/docs/*.html (buttons with data-print).
 * Contract: a click opens the browser's print dialog; without JavaScript the button does
 * nothing and Ctrl+P prints the same page. Plain ES5, loaded with <script src defer>.
 */
(function () {
  'use strict';
  var buttons = document.querySelectorAll('[data-print]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function () {
      window.print();
    });
  }
}());
