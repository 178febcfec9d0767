{{%AUTOESCAPE context="HTML"}}
{{!
  学校账号导入 (admin/school_import.h). Section ERROR (MESSAGE): the file could not be read. Section
  RESULT: ADDED, EXISTING, FAILED, REPORT_URL, ROW repeated (ROW_NO, NAME, REGION, LOGIN, RESULT,
  MESSAGE, BAD). Section FORM: the upload form (csrf first). CSRF is global.
}}
<h1 class="page-title">学校账号导入</h1>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
{{#RESULT}}
<section class="panel" aria-labelledby="result-heading">
<h2 id="result-heading" class="section-title">导入结果</h2>
<p class="list-summary">新开通 <strong>{{ADDED}}</strong> 所学校，已存在 <strong>{{EXISTING}}</strong> 所，有错误未导入 <strong>{{FAILED}}</strong> 行。<a href="{{REPORT_URL}}">下载导入结果（.xlsx）</a></p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="result-caption">
<table class="data-table">
<caption id="result-caption" class="visually-hidden">逐行导入结果</caption>
<thead><tr><th scope="col" class="col-num">行号</th><th scope="col">学校名称</th><th scope="col">所属县区</th><th scope="col">登录账号</th><th scope="col">结果</th><th scope="col">说明</th></tr></thead>
<tbody>{{#ROW}}<tr><td class="col-num">{{ROW_NO}}</td><td>{{NAME}}</td><td class="nowrap">{{REGION}}</td><td>{{LOGIN}}</td><td>{{#BAD}}<span class="badge badge-danger">{{/BAD}}{{RESULT}}{{#BAD}}</span>{{/BAD}}</td><td>{{MESSAGE}}</td></tr>
{{/ROW}}</tbody>
</table>
</div>
</section>
{{/RESULT}}
{{#FORM}}
<section class="panel" aria-labelledby="import-heading">
<h2 id="import-heading" class="section-title">上传学校名单</h2>
<p>按模板填写：学校名称、所属市、所属县区（市直学校填“市直”，也可填县区代码）、学校类型、办学性质（公办/民办）、联系人、联系人手机、登录账号（可不填，默认为学校名称）、中心校（可不填，填本县区已开通的中心校名称）。每所学校单独开通，初始密码以短信发送到联系人手机，首次登录须修改；同一县区已开通的同名学校标为“已存在”，重复上传不会重复开通。有错误的行不导入。一次最多 500 行。</p>
<p><a class="btn btn-secondary" href="/school/admin/school-import/template">下载模板</a></p>
<form class="form-card" method="post" action="/school/files/admin/school-import" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="file">学校名单（.xlsx）</label>
<input id="file" name="file" type="file" accept=".xlsx,.xls,.csv" required>
</div>
<button type="submit" class="btn btn-primary">导入</button>
</form>
</section>
{{/FORM}}
