/*
 * sms-code.js — 发送验证码 buttons of the public forms (templates/portal/register.tpl,
 * forgot_password.tpl). Contract: a button with data-sms-purpose (register | reset_password),
 * data-mobile-field (id of the mobile input), optional data-captcha-field (id of the captcha
 * input, sent as "captcha") and data-status (id of an aria-live element) posts
 * csrf + purpose + mobile (+ captcha) url-encoded to /school/sms/send-code (data-url
 * overrides), shows the JSON answer's message, and on success counts 60 seconds down before
 * it can be pressed again. When a captcha was used, its image is redrawn (the answer is
 * single use). Without JavaScript the button submits the whole form instead (send_code),
 * which the server handles the same way. Plain ES5 (XMLHttpRequest), no dependencies.
 */
(function () {
  'use strict';

  var WAIT_SECONDS = 60;

  function field(id) {
    return id ? document.getElementById(id) : null;
  }

  function say(status, text, isError) {
    if (!status) {
      return;
    }
    status.textContent = text;
    status.className = status.className.replace(/\s*is-error/g, '') + (isError ? ' is-error' : '');
  }

  function redrawCaptcha(input) {
    var row = input && input.parentNode;
    var img = row && row.querySelector('img.captcha-img');
    if (img) {
      img.setAttribute('src', img.getAttribute('src').replace(/&t=\d+$/, '') + '&t=' + new Date().getTime());
    }
    if (input) {
      input.value = '';
    }
  }

  function countdown(button, label) {
    var left = WAIT_SECONDS;
    button.disabled = true;
    button.textContent = left + ' 秒后重新获取';
    var timer = setInterval(function () {
      left -= 1;
      if (left <= 0) {
        clearInterval(timer);
        button.disabled = false;
        button.textContent = label;
      } else {
        button.textContent = left + ' 秒后重新获取';
      }
    }, 1000);
  }

  function send(button) {
    var label = button.getAttribute('data-label') || button.textContent;
    button.setAttribute('data-label', label);
    var status = field(button.getAttribute('data-status'));
    var mobile = field(button.getAttribute('data-mobile-field'));
    var captcha = field(button.getAttribute('data-captcha-field'));
    var csrf = button.form && button.form.querySelector('input[name="csrf"]');
    var number = mobile ? mobile.value.replace(/\s+/g, '') : '';
    if (!/^1[3-9]\d{9}$/.test(number)) {
      say(status, '请先填写正确的11位手机号码。', true);
      if (mobile) {
        mobile.focus();
      }
      return;
    }
    if (captcha && !captcha.value.replace(/\s+/g, '')) {
      say(status, '请先输入图形验证码。', true);
      captcha.focus();
      return;
    }
    var body = 'csrf=' + encodeURIComponent(csrf ? csrf.value : '') +
      '&purpose=' + encodeURIComponent(button.getAttribute('data-sms-purpose')) +
      '&mobile=' + encodeURIComponent(number);
    if (captcha) {
      body += '&captcha=' + encodeURIComponent(captcha.value.replace(/\s+/g, ''));
    }
    button.disabled = true;
    say(status, '正在发送…', false);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', button.getAttribute('data-url') || '/school/sms/send-code', true);
    xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) {
        return;
      }
      var answer = null;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch (e) {
        answer = null;
      }
      if (captcha) {
        redrawCaptcha(captcha);
      }
      if (xhr.status === 200 && answer) {
        say(status, answer.message, !answer.ok);
        if (answer.ok) {
          countdown(button, label);
          return;
        }
      } else if (xhr.status === 403) {
        say(status, '页面已过期，请刷新页面后重试。', true);
      } else if (xhr.status === 429) {
        say(status, '操作过于频繁，请稍后再试。', true);
      } else {
        say(status, '发送失败，请稍后再试。', true);
      }
      button.disabled = false;
    };
    xhr.send(body);
  }

  function init() {
    var buttons = document.querySelectorAll('button[data-sms-purpose]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function (event) {
        event.preventDefault();
        if (!this.disabled) {
          send(this);
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
