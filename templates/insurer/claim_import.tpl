{{%AUTOESCAPE context="HTML"}}
{{!
  批量导入 of claims. Section ERROR (MESSAGE): the file could not be read. Section RESULT: ADDED,
  UPDATED, FAILED, REPORT_URL, ROW repeated (ROW_NO, CLAIM_NO, SCHOOL, RESULT, MESSAGE, BAD). Section
  FORM: the upload form (csrf first). CSRF is global.
}}
<h1 class="page-title">批量导入案件</h1>
<p class="back-link"><a href="/school/insurer/claims">返回保险数据上传</a></p>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
{{#RESULT}}
<section class="panel" aria-labelledby="result-heading">
<h2 id="result-heading" class="section-title">导入结果</h2>
<p class="list-summary">新增 <strong>{{ADDED}}</strong> 个，更新 <strong>{{UPDATED}}</strong> 个，有错误未导入 <strong>{{FAILED}}</strong> 行。<a href="{{REPORT_URL}}">下载导入结果（.xlsx）</a></p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="result-caption">
<table class="data-table">
<caption id="result-caption" class="visually-hidden">逐行导入结果</caption>
<thead><tr><th scope="col" class="col-num">行号</th><th scope="col">案件编号</th><th scope="col">出险学校</th><th scope="col">结果</th><th scope="col">说明</th></tr></thead>
<tbody>{{#ROW}}<tr><td class="col-num">{{ROW_NO}}</td><td class="nowrap">{{CLAIM_NO}}</td><td>{{SCHOOL}}</td><td>{{#BAD}}<span class="badge badge-danger">{{/BAD}}{{RESULT}}{{#BAD}}</span>{{/BAD}}</td><td>{{MESSAGE}}</td></tr>
{{/ROW}}</tbody>
</table>
</div>
</section>
{{/RESULT}}
{{#FORM}}
<section class="panel" aria-labelledby="import-heading">
<h2 id="import-heading" class="section-title">上传案件文件</h2>
<p>按模板填写：案件编号、出险学校、出险时间、伤者姓名、事故原因、处理情况、理赔情况、赔偿金额、结案时间。填写了赔偿金额和结案时间的行按已结案导入；案件编号相同的行更新原案件，不会重复新增。有错误的行不导入。</p>
<p><a class="btn btn-secondary" href="/school/insurer/claims/template">下载模板</a></p>
<form class="form-card" method="post" action="/school/files/insurer/claims" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="file">案件文件（.xlsx）</label>
<input id="file" name="file" type="file" accept=".xlsx,.xls,.csv" required>
</div>
<button type="submit" class="btn btn-primary">导入</button>
</form>
</section>
{{/FORM}}
