/*
 * upload-progress.js — feedback while a file is being sent (every page: templates/layout/page.tpl).
 * Contract: when a multipart form with a chosen file is submitted (and no other script, such as
 * admin-confirm.js, cancelled the submit), a progress bar and "正在上传文件，请勿关闭或刷新页面…"
 * (role=status) appear under the form's submit button, and a second submit of that form is
 * ignored while the first is on its way. Browsers report no upload percentage of a normal form
 * submit, so the bar is indeterminate. A page shown again from the back/forward cache is reset.
 * Plain ES5, no dependencies; without JavaScript the forms work as before.
 */
(function () {
  'use strict';

  function hasFile(form) {
    var inputs = form.querySelectorAll('input[type="file"]');
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].files && inputs[i].files.length > 0) return true;
    }
    return false;
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form || form.enctype !== 'multipart/form-data' || !hasFile(form)) return;
    if (event.submitter && event.submitter.hasAttribute('formnovalidate')) return;
    if (form.getAttribute('data-uploading')) {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-uploading', '1');
    var box = document.createElement('p');
    box.className = 'upload-progress';
    box.setAttribute('role', 'status');
    var bar = document.createElement('progress');
    bar.setAttribute('aria-label', '上传进度');
    box.appendChild(bar);
    box.appendChild(document.createTextNode(' 正在上传文件，请勿关闭或刷新页面…'));
    var button = event.submitter || form.querySelector('button[type="submit"]');
    if (button && button.parentNode) button.parentNode.insertBefore(box, button.nextSibling);
    else form.appendChild(box);
  });

  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    var boxes = document.querySelectorAll('.upload-progress');
    for (var i = 0; i < boxes.length; i++) boxes[i].parentNode.removeChild(boxes[i]);
    var forms = document.querySelectorAll('form[data-uploading]');
    for (var j = 0; j < forms.length; j++) forms[j].removeAttribute('data-uploading');
  });
}());
