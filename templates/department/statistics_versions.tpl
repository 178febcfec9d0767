{{%AUTOESCAPE context="HTML"}}
{{!
  History of one region's statistics form in the current year. REGION_NAME, YEAR_LABEL; VERSION
  repeated (VERSION, SUBMITTED, SUBMITTER, UNIT_NAME, URL); EMPTY.
}}
<h1 class="page-title">统计表历史版本</h1>
<p class="back-link"><a href="/school/dept/statistics-form">返回数据提交</a></p>
<section class="panel" aria-labelledby="versions-heading">
<h2 id="versions-heading" class="section-title">{{REGION_NAME}} · {{YEAR_LABEL}}年度</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="versions-heading">
<table class="data-table">
<thead>
<tr><th scope="col">版本</th><th scope="col">提交时间</th><th scope="col">提交账号</th><th scope="col">填表单位</th><th scope="col">操作</th></tr>
</thead>
<tbody>
{{#VERSION}}<tr><td>第 {{VERSION}} 版</td><td class="nowrap">{{SUBMITTED}}</td><td>{{SUBMITTER}}</td><td>{{UNIT_NAME}}</td><td><a href="{{URL}}">查看</a></td></tr>
{{/VERSION}}
</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">本学年尚未提交统计表。在“数据提交”中填写并提交后，这里列出每次提交的版本。</p>{{/EMPTY}}
</section>
