{{%AUTOESCAPE context="HTML"}}
{{!
  数据提交. Sections NO_YEAR / HAS_YEAR (YEAR_LABEL, DEADLINE); SUBMITTED (VERSION, TIME, EXPORT_URL)
  or NOT_SUBMITTED; ERRORS; FORM (HEADING repeated (LABEL); ROW repeated (NAME, CELL repeated (FIELD,
  LABEL, VALUE, UNIT, SYSTEM, ERROR (MESSAGE), INVALID)); UNIT_NAME, UNIT_ERROR (MESSAGE), UNIT_INVALID);
  FIRST_HINT / EDIT_HINT; CLOSED with include OWN_TABLE and OWN_UNIT (UNIT_NAME); CITY (COUNTY repeated
  (NAME, VERSIONS_URL, DONE (VERSION, SUBMITTED, VIEW_URL) or MISSING); SUBMITTED_COUNT, COUNTY_COUNT,
  include SUM_TABLE). CSRF is global.
}}
<h1 class="page-title">数据提交</h1>
{{#NO_YEAR}}<p class="empty">管理中心尚未设置当前学年。</p>{{/NO_YEAR}}
{{#HAS_YEAR}}
<section class="panel" aria-labelledby="form-heading">
<h2 id="form-heading" class="section-title">{{YEAR_LABEL}}年度校方责任保险投保情况统计表</h2>
<p class="stats-status">
{{#SUBMITTED}}<span class="badge badge-ok">已提交</span> 第 {{VERSION}} 版，{{TIME}} · <a href="/school/dept/statistics-form/versions">历史版本</a> · <a href="{{EXPORT_URL}}">导出 Excel</a>{{/SUBMITTED}}
{{#NOT_SUBMITTED}}<span class="badge badge-warn">未提交</span>{{/NOT_SUBMITTED}}
<span class="muted">提交截止：{{DEADLINE}}</span>
</p>
{{#CLOSED}}<p class="notice">本学年统计表已截止提交（{{DEADLINE}}），不能再提交或修改。</p>{{/CLOSED}}
{{#ERRORS}}<p class="form-error" role="alert">统计表有填写错误，请按提示修改后重新提交（未保存）。</p>{{/ERRORS}}
{{#FORM}}
<form method="post" action="/school/dept/statistics-form" class="stats-form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="form-heading">
<table class="data-table stats-form-table">
<thead>
<tr><th scope="col">学校类别</th>{{#HEADING}}<th scope="col">{{LABEL}}</th>{{/HEADING}}</tr>
</thead>
<tbody>
{{#ROW}}<tr><th scope="row">{{NAME}}</th>{{#CELL}}<td class="field{{#INVALID}} has-error{{/INVALID}}"><input name="{{FIELD}}" id="{{FIELD}}" type="text" inputmode="numeric" maxlength="9" size="7" value="{{VALUE}}" aria-label="{{LABEL}}"{{#INVALID}} aria-invalid="true" aria-describedby="{{FIELD}}-error"{{/INVALID}}> {{UNIT}}<span class="stats-system">系统：{{SYSTEM}}</span>{{#ERROR}}<p id="{{FIELD}}-error" class="field-error">{{MESSAGE}}</p>{{/ERROR}}</td>{{/CELL}}</tr>
{{/ROW}}
</tbody>
</table>
</div>
<div class="field{{#UNIT_INVALID}} has-error{{/UNIT_INVALID}}">
<label for="unit_name">填表单位</label>
<input id="unit_name" name="unit_name" type="text" maxlength="100" value="{{UNIT_NAME}}" required{{#UNIT_INVALID}} aria-invalid="true" aria-describedby="unit-error"{{/UNIT_INVALID}}>
{{#UNIT_ERROR}}<p id="unit-error" class="field-error">{{MESSAGE}}</p>{{/UNIT_ERROR}}
</div>
<p class="field-hint">“系统”为本系统中本区域的数据：学校总数为已开通账号的学校；投保人数为已提交投保的花名册人数（学生：校方责任险，职工：教职工校方责任保险）。在校人数系统无数据（—）。学校类型归入：九年一贯制计入初中，完全中学计入高中，教学点计入小学；中职、高职、特殊教育不计入本表。</p>
<p class="actions"><button type="submit" class="btn btn-primary">提交数据</button></p>
</form>
{{/FORM}}
{{#FIRST_HINT}}<p class="muted">提交后可进行修改，截止日期前每次修改都保留历史版本。</p>{{/FIRST_HINT}}
{{#EDIT_HINT}}<p class="muted">已提交，截止日期前可修改；每次修改保存为新版本。</p>{{/EDIT_HINT}}
{{>OWN_TABLE}}{{#OWN_UNIT}}<p>填表单位：{{UNIT_NAME}}</p>{{/OWN_UNIT}}
</section>
{{#CITY}}
<section class="panel" aria-labelledby="counties-heading">
<h2 id="counties-heading" class="section-title">下辖县区填报情况（已提交 {{SUBMITTED_COUNT}} / {{COUNTY_COUNT}}）</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="counties-heading">
<table class="data-table">
<thead>
<tr><th scope="col">县区</th><th scope="col">状态</th><th scope="col">版本</th><th scope="col">提交时间</th><th scope="col">操作</th></tr>
</thead>
<tbody>
{{#COUNTY}}<tr><td>{{NAME}}</td>{{#DONE}}<td><span class="badge badge-ok">已提交</span></td><td>第 {{VERSION}} 版</td><td class="nowrap">{{SUBMITTED}}</td><td class="nowrap"><a href="{{VIEW_URL}}">查看</a> · <a href="{{VERSIONS_URL}}">历史版本</a></td>{{/DONE}}{{#MISSING}}<td><span class="badge badge-warn">未提交</span></td><td>—</td><td>—</td><td>—</td>{{/MISSING}}</tr>
{{/COUNTY}}
</tbody>
</table>
</div>
{{>SUM_TABLE}}
<p class="actions"><a class="btn btn-secondary" href="/school/dept/statistics-form/export?sum=1">导出县区合计 Excel</a></p>
</section>
{{/CITY}}
{{/HAS_YEAR}}
