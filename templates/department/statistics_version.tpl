{{%AUTOESCAPE context="HTML"}}
{{!
  One stored version of a statistics form (department and admin). TITLE, REGION_NAME, YEAR_LABEL,
  VERSION, SUBMITTED, SUBMITTER, UNIT_NAME, BACK_URL, BACK_LABEL; EXPORT (URL); include TABLE.
}}
<h1 class="page-title">{{TITLE}}</h1>
<p class="back-link"><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<dl class="facts">
<div class="fact"><dt>区域</dt><dd>{{REGION_NAME}}</dd></div>
<div class="fact"><dt>学年</dt><dd>{{YEAR_LABEL}}</dd></div>
<div class="fact"><dt>版本</dt><dd>第 {{VERSION}} 版</dd></div>
<div class="fact"><dt>提交时间</dt><dd>{{SUBMITTED}}（{{SUBMITTER}}）</dd></div>
<div class="fact"><dt>填表单位</dt><dd>{{UNIT_NAME}}</dd></div>
</dl>
{{>TABLE}}
{{#EXPORT}}<p class="actions"><a class="btn btn-secondary" href="{{URL}}">导出 Excel</a></p>{{/EXPORT}}
