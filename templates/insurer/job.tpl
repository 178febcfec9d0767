{{%AUTOESCAPE context="HTML"}}
{{!
  One export job (insurer/jobs_pages.cpp insurer_job_view). Values: ID, TITLE, STATUS, STATUS_LABEL, BADGE,
  PROGRESS, TOTAL, PERCENT, CREATED, FINISHED, DOWNLOAD_URL ("" until done); DONE / NOT_DONE; FAILED > ERROR; EXPIRED > DAYS (the file was removed);
  ACTIVE > ID while queued or running (with the 取消任务 form)
  (then job-progress.js polls /school/insurer/jobs/status, and without JavaScript the page reloads every 5 s).
}}
<h1 class="page-title">导出任务 {{ID}}</h1>
{{#ACTIVE}}<noscript><meta http-equiv="refresh" content="5"></noscript>{{/ACTIVE}}
<section class="job-card" data-job-status-url="/school/insurer/jobs/status?id={{ID}}" data-job-status="{{STATUS}}">
<p>{{TITLE}}</p>
<p>状态：<span class="badge {{BADGE}}" data-job-label>{{STATUS_LABEL}}</span></p>
<p><progress max="100" value="{{PERCENT}}" data-job-bar aria-label="导出进度">{{PERCENT}}%</progress>
<span data-job-percent>{{PERCENT}}%</span>，已导出 <span data-job-progress>{{PROGRESS}}</span> / <span data-job-total>{{TOTAL}}</span> 行</p>
<p class="muted">提交时间 {{CREATED}}，完成时间 <span data-job-finished>{{FINISHED}}</span></p>
<p data-job-download{{#NOT_DONE}} hidden{{/NOT_DONE}}><a class="btn btn-primary" href="{{DOWNLOAD_URL}}" data-job-link>下载</a></p>
{{#FAILED}}<p class="form-error" role="alert">{{ERROR}}</p>{{/FAILED}}
{{#EXPIRED}}<p class="notice">导出文件保存 {{DAYS}} 天，已过期删除。如需下载请重新导出。</p>{{/EXPIRED}}
<p class="form-error" role="alert" data-job-error hidden></p>
{{#ACTIVE}}<p class="muted" data-job-wait>文件正在后台生成，本页面会自动刷新；也可以离开本页，稍后在导出任务中下载。</p>
<form method="post" action="/school/insurer/jobs/cancel" data-confirm="确认取消这个导出任务？" data-job-wait>
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}">
<button type="submit" class="btn btn-secondary btn-small">取消任务</button>
</form>{{/ACTIVE}}
</section>
<p class="job-back"><a class="btn btn-secondary" href="/school/insurer/jobs">返回导出任务</a></p>
<script src="{{STATIC}}/js/job-progress.js" defer></script>
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
