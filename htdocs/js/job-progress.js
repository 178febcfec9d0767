/*
 * job-progress.js — the progress of one export job (templates/insurer/job.tpl).
 * Contract: in a section[data-job-status-url] whose data-job-status is queued or running, polls
 * that URL (JSON: status, label, progress, total, percent, download, error, finished) every 2 s
 * and updates the <progress data-job-bar>, the percentage, the row counts, the label and the
 * completion time; when the job is done
 * shows the 下载 link, when it failed shows the error, and stops. Without JavaScript the page's
 * <noscript> meta refresh reloads it instead. Plain ES5, no dependencies; loaded with <script defer>.
 */
(function () {
  'use strict';
  var card = document.querySelector('section[data-job-status-url]');
  if (!card) return;
  var status = card.getAttribute('data-job-status');
  if (status !== 'queued' && status !== 'running') return;
  var url = card.getAttribute('data-job-status-url');
  function el(name) { return card.querySelector('[' + name + ']'); }
  function text(name, value) { var e = el(name); if (e) e.textContent = value; }

  function show(job) {
    var bar = el('data-job-bar');
    if (bar) { bar.value = job.percent; bar.textContent = job.percent + '%'; }
    text('data-job-percent', job.percent + '%');
    text('data-job-progress', String(job.progress));
    text('data-job-total', job.total === null ? '—' : String(job.total));
    text('data-job-label', job.label);
    if (job.finished) text('data-job-finished', job.finished);
    if (job.status === 'done' && job.download) {
      var link = el('data-job-link');
      if (link) link.setAttribute('href', job.download);
      var box = el('data-job-download');
      if (box) box.hidden = false;
    }
    if (job.status === 'failed' || job.status === 'cancelled') {
      var err = el('data-job-error');
      if (err) { err.textContent = job.error; err.hidden = false; }
    }
    if (job.status !== 'queued' && job.status !== 'running') {
      var waits = card.querySelectorAll('[data-job-wait]');  // the note and the 取消任务 form
      for (var i = 0; i < waits.length; i++) waits[i].hidden = true;
      return false;
    }
    return true;
  }

  function poll() {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      var again = true;
      if (xhr.status === 200) {
        try { again = show(JSON.parse(xhr.responseText)); } catch (e) { again = true; }
      }
      if (again) window.setTimeout(poll, 2000);
    };
    xhr.onerror = function () { window.setTimeout(poll, 5000); };
    xhr.send();
  }
  window.setTimeout(poll, 1000);
})();
