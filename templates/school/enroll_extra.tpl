{{%AUTOESCAPE context="HTML"}}
{{!
  多家保险公司: the application for one more enrollment of a product, and the school's earlier ones.
  Values: YEAR_LABEL, ENROLL_URL, ACTION_URL, CSRF (global). Sections: NO_YEAR (no current year: no form); FORM (PRODUCT repeated
  (ID, NAME, SELECTED), REASON as typed, PRODUCT_INVALID, REASON_INVALID, PRODUCT_ERROR / REASON_ERROR /
  ERROR > MESSAGE); APPLICATION repeated (PRODUCT, REASON, SUBMITTED, STATUS_LABEL, STATUS_BADGE,
  DECISION_REASON, MANAGE > URL); NO_APPLICATIONS.
}}
<h1 class="page-title">申请增加保险公司投保数据</h1>
<p class="breadcrumb">当前位置：首页 &gt; <a href="{{ENROLL_URL}}">投保数据</a> &gt; 申请增加保险公司</p>
<section class="form-card" aria-labelledby="extra-heading">
<h2 id="extra-heading" class="section-title">提交申请</h2>
<p class="form-intro">学校投保多家保险公司的，可在此申请增加第二家保险公司投保数据。管理中心审核通过后，学校在投保数据的“上传管理”中提交另一条投保数据。</p>
{{#NO_YEAR}}<p class="card-warning">管理中心尚未设置当前学年，暂不能申请增加保险公司投保数据。</p>{{/NO_YEAR}}
{{#FORM}}
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<form method="post" action="{{ACTION_URL}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#PRODUCT_INVALID}} has-error{{/PRODUCT_INVALID}}">
<label for="product">投保险种</label>
<select id="product" name="product" required{{#PRODUCT_INVALID}} aria-invalid="true" aria-describedby="product-error"{{/PRODUCT_INVALID}}>
<option value="">请选择...</option>
{{#PRODUCT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/PRODUCT}}
</select>
{{#PRODUCT_ERROR}}<p class="field-error" id="product-error">{{MESSAGE}}</p>{{/PRODUCT_ERROR}}
</div>
<div class="field{{#REASON_INVALID}} has-error{{/REASON_INVALID}}">
<label for="reason">申请事由</label>
<textarea id="reason" name="reason" rows="5" maxlength="500" required aria-describedby="reason-hint{{#REASON_INVALID}} reason-error{{/REASON_INVALID}}"{{#REASON_INVALID}} aria-invalid="true"{{/REASON_INVALID}}>{{REASON:pre_escape}}</textarea>
<p class="field-hint" id="reason-hint">写明申请详细原因：若原因不详尽，默认只多增加一家（5～500 字）。</p>
{{#REASON_ERROR}}<p class="field-error" id="reason-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
</div>
<div class="actions">
<button type="submit" class="btn btn-primary">提交申请</button>
<a class="btn btn-secondary" href="{{ENROLL_URL}}">返回投保数据</a>
</div>
</form>
{{/FORM}}
</section>
<section class="panel" aria-labelledby="history-heading">
<h2 id="history-heading" class="section-title">申请记录</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="history-caption">
<table class="data-table">
<caption id="history-caption" class="visually-hidden">本校增加保险公司投保数据的申请</caption>
<thead>
<tr><th scope="col">险种</th><th scope="col">申请事由</th><th scope="col">提交时间</th><th scope="col">状态</th><th scope="col">驳回原因</th></tr>
</thead>
<tbody>{{#APPLICATION}}<tr><td>{{PRODUCT}}</td><td class="text-lines">{{REASON:pre_escape}}</td><td class="nowrap">{{SUBMITTED}}</td><td><span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span>{{#MANAGE}} <a href="{{URL}}">上传管理</a>{{/MANAGE}}</td><td class="text-lines">{{DECISION_REASON:pre_escape}}</td></tr>
{{/APPLICATION}}</tbody>
</table>
</div>
{{#NO_APPLICATIONS}}<p class="empty">还没有增加保险公司投保数据的申请。</p>{{/NO_APPLICATIONS}}
</section>
