{{%AUTOESCAPE context="HTML"}}
{{!
  Result of a roster upload (投保数据 or 申请修改) that stored nothing. Values: TITLE (what was uploaded for),
  BACK_URL, BACK_LABEL. Sections: ERROR repeated (MESSAGE); TOTALS (DATA_ROWS, VALID_ROWS, PROBLEM_ROWS);
  PROBLEMS with PROBLEM repeated (ROW, COLUMN, VALUE, REASON) and REPORT (REPORT_URL, the problems as .xlsx);
  the include UPLOAD_FORM (the form again with what was typed; choose the corrected file and submit).
}}
<h1 class="page-title">花名册检查结果</h1>
<p class="form-intro">{{TITLE}}：本次上传未保存任何数据。</p>
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
<section class="panel" aria-labelledby="again-heading">
<h2 id="again-heading" class="section-title">修改后重新上传</h2>
{{>UPLOAD_FORM}}
</section>
<p class="back-link"><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
