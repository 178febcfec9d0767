{{%AUTOESCAPE context="HTML"}}
{{!
  Admin: the departments' statistics forms of one year. YEAR_OPTION repeated (ID, LABEL, SELECTED);
  NO_YEAR; HAS_YEAR with YEAR_LABEL, SUBMITTED_COUNT, REGION_COUNT; FORM repeated (REGION, LEVEL, DONE (VERSION,
  SUBMITTED, UNIT_NAME, URL, EXPORT_URL) or MISSING); EMPTY.
}}
<h1 class="page-title">统计表</h1>
<form class="filter-bar" method="get" action="/school/admin/statistics-forms" role="search">
<div class="field">
<label for="year">学年</label>
<select id="year" name="year">{{#YEAR_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEAR_OPTION}}</select>
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button></div>
</form>
{{#NO_YEAR}}<p class="empty">管理中心尚未设置当前学年。</p>{{/NO_YEAR}}
{{#HAS_YEAR}}
<section class="panel" aria-labelledby="forms-heading">
<h2 id="forms-heading" class="section-title">{{YEAR_LABEL}}年度校方责任保险投保情况统计表（已提交 {{SUBMITTED_COUNT}} / {{REGION_COUNT}}）</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="forms-heading">
<table class="data-table">
<thead>
<tr><th scope="col">区域</th><th scope="col">级别</th><th scope="col">状态</th><th scope="col">版本</th><th scope="col">提交时间</th><th scope="col">填表单位</th><th scope="col">操作</th></tr>
</thead>
<tbody>
{{#FORM}}<tr><td>{{REGION}}</td><td>{{LEVEL}}</td>{{#DONE}}<td><span class="badge badge-ok">已提交</span></td><td>第 {{VERSION}} 版</td><td class="nowrap">{{SUBMITTED}}</td><td>{{UNIT_NAME}}</td><td class="nowrap"><a href="{{URL}}">查看</a> · <a href="{{EXPORT_URL}}">导出</a></td>{{/DONE}}{{#MISSING}}<td><span class="badge badge-warn">未提交</span></td><td>—</td><td>—</td><td>—</td><td>—</td>{{/MISSING}}</tr>
{{/FORM}}
</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">没有教育部门账号。</p>{{/EMPTY}}
</section>
{{/HAS_YEAR}}
