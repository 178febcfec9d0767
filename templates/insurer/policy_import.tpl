{{%AUTOESCAPE context="HTML"}}
{{!
  批量上传保单 (insurer). Sections: ERROR repeated (MESSAGE: the upload was not read at all);
  RESULTS (STORED, REFUSED, REPORT > REPORT_URL, ROW repeated: ROW, POLICY_NO, RESULT, OK or BAD);
  NO_YEAR, or YEAR_LABEL with WAITING repeated (URL, SCHOOL_NAME, PRODUCT_NAME, DECLARED_COUNT, STATE)
  or NONE_WAITING, and MORE (the number shown when there are more). CSRF (global) is the FIRST field.
}}
<h1 class="page-title">批量上传保单</h1>
<p class="breadcrumb">当前位置：<a href="/school/insurer/">首页</a> &gt; 批量上传保单</p>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>
{{/ERROR}}
{{#RESULTS}}
<h2 class="section-title">上传结果</h2>
<p class="list-summary">已保存 <strong>{{STORED}}</strong> 行，未保存 <strong>{{REFUSED}}</strong> 行（有问题的行未保存任何数据，修改后可只上传这些行）。{{#REPORT}} <a href="{{REPORT_URL}}">下载结果（.xlsx）</a>{{/REPORT}}</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="result-caption">
<table class="data-table">
<caption id="result-caption" class="visually-hidden">每行的上传结果</caption>
<thead><tr><th scope="col" class="col-num">行号</th><th scope="col">保单号</th><th scope="col">结果</th></tr></thead>
<tbody>{{#ROW}}<tr><td class="col-num">{{ROW}}</td><td class="nowrap">{{POLICY_NO}}</td><td>{{#OK}}<span class="badge badge-ok">{{RESULT}}</span>{{/OK}}{{#BAD}}<span class="badge badge-danger">未保存</span> {{RESULT}}{{/BAD}}</td></tr>
{{/ROW}}</tbody>
</table>
</div>
{{/RESULTS}}
<h2 class="section-title">上传保单清单</h2>
<p>保单清单为 .xlsx 文件，列为：学校名称、险种、保单号、承保人数、保费（元）、起保日期、终保日期（表头按名称识别）。<a href="/school/insurer/policies/import/template">保单清单模板下载</a></p>
<p>保单 PDF 请打包为一个 .zip 文件，每份命名为“保单号.pdf”；学校首次承保的保单必须附 PDF。每一行单独保存：正确的行保存，有问题的行不保存，结果逐行列出。</p>
<form class="policy-form" method="post" action="/school/files/insurer/policies" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="policy-list">保单清单（.xlsx）</label>
<input id="policy-list" name="list" type="file" accept=".xlsx" required>
</div>
<div class="field">
<label for="policy-zip">保单 PDF 压缩包（.zip，可选）</label>
<input id="policy-zip" name="pdfs" type="file" accept=".zip">
</div>
<div class="actions"><button type="submit" class="btn btn-primary">上传</button></div>
</form>
{{#NO_YEAR}}<p class="empty">管理中心尚未设置当前学年。</p>{{/NO_YEAR}}
<h2 class="section-title">待上传保单或批单（{{YEAR_LABEL}} 学年）</h2>
{{#NONE_WAITING}}<p class="empty">没有待上传保单的投保数据。</p>{{/NONE_WAITING}}
<ul class="policy-waiting">
{{#WAITING}}<li><a href="{{URL}}">{{SCHOOL_NAME}} · {{PRODUCT_NAME}}</a>（参保 {{DECLARED_COUNT}} 人，{{STATE}}）</li>
{{/WAITING}}
</ul>
{{#MORE}}<p class="muted">仅显示前 {{MORE}} 条。</p>{{/MORE}}
