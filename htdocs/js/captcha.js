/*
 * captcha.js — 看不清？换一张 for the image captchas of the public forms
 * (templates/portal/register.tpl, forgot_password.tpl, forgot_account.tpl, login.tpl).
 * Contract: a link with data-captcha-img="<img id>" reloads that image in place (a new
 * answer is drawn on the server for this visitor) instead of following its href, which
 * without JavaScript simply reloads the page. The captcha input before the image is
 * cleared and focused. Plain ES5, no dependencies; loaded with <script src defer>.
 */
(function () {
  'use strict';

  function reload(img) {
    var src = img.getAttribute('src').replace(/&t=\d+$/, '');
    img.setAttribute('src', src + '&t=' + new Date().getTime());
  }

  function init() {
    var links = document.querySelectorAll('a[data-captcha-img]');
    for (var i = 0; i < links.length; i++) {
      links[i].addEventListener('click', function (event) {
        var img = document.getElementById(this.getAttribute('data-captcha-img'));
        if (!img) {
          return;
        }
        event.preventDefault();
        reload(img);
        var input = img.parentNode.querySelector('input');
        if (input) {
          input.value = '';
          input.focus();
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
