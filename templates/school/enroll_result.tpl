{{%AUTOESCAPE context="HTML"}}
{{!
  Result of a 投保数据 upload that stored nothing. Values: PRODUCT_NAME, BACK_URL. Sections: ERROR repeated
  (MESSAGE); TOTALS (DATA_ROWS, VALID_ROWS, PROBLEM_ROWS); PROBLEMS with PROBLEM repeated (ROW, COLUMN, VALUE,
  REASON) and REPORT (REPORT_URL, the problems as .xlsx).
}}
<h1 class="page-title">花名册检查结果</h1>
<p class="form-intro">{{PRODUCT_NAME}}：本次上传未保存任何数据。</p>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>
{{/ERROR}}
{{#TOTALS}}
<dl class="facts">
<div class="fact"><dt>数据行</dt><dd><strong class="num">{{DATA_ROWS}}</strong></dd></div>
<div class="fact"><dt>正确</dt><dd><strong class="num">{{VALID_ROWS}}</strong></dd></div>
<div class="fact"><dt>有问题</dt><dd><strong class="num">{{PROBLEM_ROWS}}</strong></dd></div>
</dl>
{{/TOTALS}}
{{#PROBLEMS}}
{{#REPORT}}<p><a class="btn btn-secondary" href="{{REPORT_URL}}">下载问题清单（Excel）</a></p>{{/REPORT}}
<div class="table-wrap">
<table class="data-table">
<caption>问题清单</caption>
<thead><tr><th scope="col" class="col-num">行</th><th scope="col">列</th><th scope="col">值</th><th scope="col">原因</th></tr></thead>
<tbody>
{{#PROBLEM}}<tr><td class="col-num">{{ROW}}</td><td>{{COLUMN}}</td><td>{{VALUE}}</td><td>{{REASON}}</td></tr>
{{/PROBLEM}}
</tbody>
</table>
</div>
{{/PROBLEMS}}
<div class="actions">
<a class="btn btn-primary" href="{{BACK_URL}}">返回投保数据，重新上传</a>
</div>
