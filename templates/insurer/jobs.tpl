{{%AUTOESCAPE context="HTML"}}
{{!
  导出任务 (insurer/jobs_pages.cpp insurer_jobs): the 下载区域花名册 form (include EXPORT_FORM) and the account's
  newest jobs: repeated JOB (ID, TITLE, STATUS_LABEL, BADGE, PROGRESS, TOTAL, PERCENT, CREATED, FINISHED, URL;
  DONE > DOWNLOAD_URL; FAILED > ERROR; ACTIVE). NO_JOBS when there are none.
}}
<h1 class="page-title">导出任务</h1>
{{>EXPORT_FORM}}
<h2 class="section-title">最近的导出任务</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="jobs-caption">
<table class="data-table">
<caption id="jobs-caption" class="visually-hidden">导出任务列表</caption>
<thead>
<tr><th scope="col">编号</th><th scope="col">内容</th><th scope="col">提交时间</th><th scope="col">状态</th><th scope="col">进度</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#JOB}}<tr><td class="num">{{ID}}</td><td>{{TITLE}}</td><td class="nowrap">{{CREATED}}</td><td><span class="badge {{BADGE}}">{{STATUS_LABEL}}</span></td><td class="num">{{PROGRESS}} / {{TOTAL}} 行</td><td class="nowrap"><a href="{{URL}}">查看</a>{{#DONE}} <a href="{{DOWNLOAD_URL}}">下载</a>{{/DONE}}</td></tr>
{{/JOB}}</tbody>
</table>
</div>
{{#NO_JOBS}}<p class="empty">还没有导出任务。在投保数据（花名册数据）页面下方选择险种和区域，点击“下载区域花名册”即可开始导出。</p>{{/NO_JOBS}}
